import { handlePublic, publicResponse, publicStream } from "@/lib/api/public-response";
import { parsePathParam, parseSearchParams } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { serverEnv } from "@/lib/env";
import { trackerCsv } from "@/lib/exports/tracker-export";
import { boxStatesCsv } from "@/lib/exports/box-state-export";
import { forecastQuestionsCsv } from "@/lib/exports/forecast-export";
import { readTrackerForecasts } from "@/lib/server/forecasts/public/cached-forecast-reads";
import { exportFilename } from "@/lib/public/urls";
import { readPublicTracker, readTrackerScorecard } from "@/lib/server/public/cached-reads";
import { ZExportQuery, ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string }> };

const CSV = "text/csv; charset=utf-8; header=present";

/** GET /trackers/{slug}/export.csv?table=claims|evidence|history|forecasts|box_states: one table as a CSV download, streamed. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const slug = parsePathParam(ZTrackerSlug, "slug", (await params).slug);
    const { table } = parseSearchParams(ZExportQuery, request.url);
    if (table === "forecasts") {
      const forecasts = await orNotFound(readTrackerForecasts(slug), "Tracker");
      return publicResponse(request, forecastQuestionsCsv(forecasts, serverEnv().PUBLIC_BASE_URL), {
        contentType: CSV,
        filename: exportFilename(forecasts.tracker.slug, table, "csv"),
      });
    }
    if (table === "box_states") {
      const scorecard = await orNotFound(readTrackerScorecard(slug), "Tracker");
      return publicResponse(request, boxStatesCsv(scorecard.tickChart), { contentType: CSV, filename: exportFilename(scorecard.tracker.slug, table, "csv") });
    }
    const tracker = await orNotFound(readPublicTracker(slug), "Tracker");
    return publicStream(trackerCsv({ tracker, baseUrl: serverEnv().PUBLIC_BASE_URL, now: new Date() }, table), {
      contentType: CSV,
      filename: exportFilename(tracker.slug, table, "csv"),
    });
  });
}
