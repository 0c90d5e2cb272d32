import { handlePublic, publicResponse } from "@/lib/api/public-response";
import { serverEnv } from "@/lib/env";
import { notFound } from "@/lib/errors/app-error";
import { buildAtomFeed, FEED_CONTENT_TYPE } from "@/lib/feeds/atom-feed";
import { readChangeFeed } from "@/lib/server/public/cached-reads";
import { readForecastFeedEntries } from "@/lib/server/forecasts/public/cached-forecast-reads";

type Context = { params: Promise<{ slug: string }> };

/** Atom feed of one tracker's approved status changes. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const { slug } = await params;
    const feed = await readChangeFeed(slug);
    if (!feed) throw notFound("Tracker");
    const forecasts = await readForecastFeedEntries(feed.tracker!.id);
    return publicResponse(request, buildAtomFeed(feed, serverEnv().PUBLIC_BASE_URL, forecasts), {
      contentType: FEED_CONTENT_TYPE,
    });
  });
}
