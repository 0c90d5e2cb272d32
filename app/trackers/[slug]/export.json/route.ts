import { handlePublic, publicStream } from "@/lib/api/public-response";
import { parsePathParam } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { serverEnv } from "@/lib/env";
import { trackerJson } from "@/lib/exports/tracker-export";
import { forecastsJson } from "@/lib/exports/forecast-export";
import { readTrackerForecasts } from "@/lib/server/forecasts/public/cached-forecast-reads";
import { exportFilename } from "@/lib/public/urls";
import { readPublicTracker } from "@/lib/server/public/cached-reads";
import { ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

/** GET /trackers/{slug}/export.json: claims, evidence and history as one JSON download, streamed. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    const tracker = await orNotFound(readPublicTracker(slug), "Tracker");
    const forecasts = await readTrackerForecasts(tracker.slug);
    const baseUrl = serverEnv().PUBLIC_BASE_URL;
    return publicStream(trackerJson({ tracker, baseUrl, now: new Date() }, { forecasts: forecasts ? forecastsJson(forecasts, baseUrl) : null }), {
      contentType: "application/json; charset=utf-8",
      filename: exportFilename(tracker.slug, "data", "json"),
    });
  });
}
