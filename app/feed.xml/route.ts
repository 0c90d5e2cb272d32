import { handlePublic, publicResponse } from "@/lib/api/public-response";
import { serverEnv } from "@/lib/env";
import { buildAtomFeed, FEED_CONTENT_TYPE } from "@/lib/feeds/atom-feed";
import { readChangeFeed } from "@/lib/server/public/cached-reads";
import { readForecastFeedEntries } from "@/lib/server/forecasts/public/cached-forecast-reads";

/** Atom feed of approved status changes across every published tracker. */
export async function GET(request: Request): Promise<Response> {
  return handlePublic(async () => {
    const feed = (await readChangeFeed())!;
    const forecasts = await readForecastFeedEntries();
    return publicResponse(request, buildAtomFeed(feed, serverEnv().PUBLIC_BASE_URL, forecasts), {
      contentType: FEED_CONTENT_TYPE,
    });
  });
}
