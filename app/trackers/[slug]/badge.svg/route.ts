import { handlePublic, publicResponse } from "@/lib/api/public-response";
import { parsePathParam, parseSearchParams } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { defaultBadgeLabel, renderBadge } from "@/lib/embeds/badge-svg";
import { readTrackerScorecard } from "@/lib/server/public/cached-reads";
import { ZBadgeQuery, ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

/** GET /trackers/{slug}/badge.svg?label=…: "EUV proof points | 1 of 6", for other sites to show. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    const { label } = parseSearchParams(ZBadgeQuery, request.url);
    const scorecard = await orNotFound(readTrackerScorecard(slug), "Tracker");
    const svg = renderBadge({
      label: label ?? defaultBadgeLabel(scorecard.tracker.title),
      ticked: scorecard.ticked,
      total: scorecard.total,
      isDemo: scorecard.tracker.isDemo,
      asOf: scorecard.asOf,
    });
    return publicResponse(request, svg, { contentType: "image/svg+xml; charset=utf-8" });
  });
}
