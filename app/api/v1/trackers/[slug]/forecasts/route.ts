import { handlePublic, publicJson } from "@/lib/api/public-response";
import { parsePathParam } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { presentTrackerForecasts } from "@/lib/api/v1/present-forecasts";
import { serverEnv } from "@/lib/env";
import { readTrackerForecasts } from "@/lib/server/forecasts/public/cached-forecast-reads";
import { ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/v1/trackers/{slug}/forecasts: forecast questions, community forecasts, resolutions, scores and calibration. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    const forecasts = await orNotFound(readTrackerForecasts(slug), "Tracker");
    return publicJson(request, presentTrackerForecasts(forecasts, serverEnv().PUBLIC_BASE_URL));
  });
}
