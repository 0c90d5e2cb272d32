import { handlePublic, publicResponse } from "@/lib/api/public-response";
import { serverEnv } from "@/lib/env";
import { notFound } from "@/lib/errors/app-error";
import { FEED_CONTENT_TYPE } from "@/lib/feeds/atom-feed";
import { buildCorrectionsFeed } from "@/lib/feeds/corrections-feed";
import { readCorrections } from "@/lib/server/public/cached-reads";

type Context = { params: Promise<{ slug: string }> };

/** Atom feed of one tracker's corrections log. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const log = await readCorrections((await params).slug);
    if (!log) throw notFound("Tracker");
    return publicResponse(request, buildCorrectionsFeed(log, serverEnv().PUBLIC_BASE_URL), { contentType: FEED_CONTENT_TYPE });
  });
}
