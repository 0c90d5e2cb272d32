import { handlePublic, publicJson } from "@/lib/api/public-response";
import { parsePathParam } from "@/lib/api/search-params";
import { orNotFound } from "@/lib/api/v1/or-not-found";
import { presentForecastQuestionDetail } from "@/lib/api/v1/present-forecasts";
import { serverEnv } from "@/lib/env";
import { notFound } from "@/lib/errors/app-error";
import { readTrackerForecasts } from "@/lib/server/forecasts/public/cached-forecast-reads";
import { ZForecastQuestionIdParam, ZTrackerSlug } from "@/lib/validation/api/params";

type Context = { params: Promise<{ slug: string; id: string }> };

/** GET /api/v1/trackers/{slug}/forecasts/{id}: one question with every forecast, its history and scores. */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const raw = await params;
    const slug = parsePathParam(ZTrackerSlug, "slug", raw.slug);
    const id = parsePathParam(ZForecastQuestionIdParam, "id", raw.id);
    const forecasts = await orNotFound(readTrackerForecasts(slug), "Tracker");
    const question = forecasts.questions.find((candidate) => candidate.id === id);
    if (!question) throw notFound("Forecast question");
    return publicJson(request, presentForecastQuestionDetail(forecasts.tracker.slug, question, serverEnv().PUBLIC_BASE_URL));
  });
}
