import { handlePublic, publicJson } from "@/lib/api/public-response";
import { parsePathParam } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { serverEnv } from "@/lib/env";
import { trackerJson } from "@/lib/exports/tracker-export";
import { forecastsJson } from "@/lib/exports/forecast-export";
import { readTrackerForecasts } from "@/lib/server/forecasts/public/cached-forecast-reads";
import { exportFilename } from "@/lib/public/urls";
import { readTrackerDataset } from "@/lib/server/public/cached-reads";
import { ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

/** GET /trackers/{slug}/export.json: claims, evidence and history as one JSON download. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    const dataset = await orNotFound(readTrackerDataset(slug), "Tracker");
    const forecasts = await readTrackerForecasts(dataset.tracker.slug);
    const baseUrl = serverEnv().PUBLIC_BASE_URL;
    return publicJson(request, { ...trackerJson(dataset, baseUrl), forecasts: forecasts ? forecastsJson(forecasts, baseUrl) : null }, {
      filename: exportFilename(dataset.tracker.slug, "data", "json"),
    });
  });
}
