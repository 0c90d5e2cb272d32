import { handlePublic, publicJson } from "@/lib/api/public-response";
import { parsePathParam } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { presentScorecard } from "@/lib/api/v1/present-trackers";
import { readTrackerScorecard } from "@/lib/server/public/cached-reads";
import { ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/trackers/{slug}/scorecard: each proof point's state, the headline and the tick history. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    const scorecard = await orNotFound(readTrackerScorecard(slug), "Tracker");
    return publicJson(request, presentScorecard(scorecard));
  });
}
