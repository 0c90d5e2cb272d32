import { handlePublic, publicResponse } from "@/lib/api/public-response";
import { serverEnv } from "@/lib/env";
import { FEED_CONTENT_TYPE } from "@/lib/feeds/atom-feed";
import { buildCorrectionsFeed } from "@/lib/feeds/corrections-feed";
import { readCorrections } from "@/lib/server/public/cached-reads";

/** Atom feed of the site-wide corrections log. */
export async function GET(request: Request): Promise<Response> {
  return handlePublic(async () => {
    const log = await readCorrections();
    return publicResponse(request, buildCorrectionsFeed(log!, serverEnv().PUBLIC_BASE_URL), { contentType: FEED_CONTENT_TYPE });
  });
}
