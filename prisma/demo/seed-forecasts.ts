// Opens a demo tracker's forecast questions and enters their forecasts through the
// forecast commands, each at its own demo date; the demo analyst shows a public profile.
import type { Actor } from "../../lib/auth/actor";
import { openForecastQuestion } from "../../lib/server/forecasts/open-forecast-question";
import { setForecastProfile } from "../../lib/server/forecasts/set-forecast-profile";
import { submitForecast } from "../../lib/server/forecasts/submit-forecast";
import { EUV_FORECAST_QUESTIONS } from "./forecasts";
import type { DemoForecastQuestion } from "./types";

const QUESTIONS: Record<string, DemoForecastQuestion[]> = { euv: EUV_FORECAST_QUESTIONS };

export async function seedForecasts(
  trackerSlug: string,
  proofPoints: { id: string; key: string }[],
  actors: { analyst: Actor; reviewer: Actor },
): Promise<void> {
  for (const demo of QUESTIONS[trackerSlug] ?? []) {
    const point = proofPoints.find((candidate) => candidate.key === demo.proofPoint);
    if (!point) throw new Error(`Demo forecast question names unknown proof point ${trackerSlug}/${demo.proofPoint}`);
    const { question } = await openForecastQuestion(
      actors.reviewer,
      { proofPointId: point.id, closesOn: demo.closesOn, resolvesBy: demo.resolvesBy },
      { now: new Date(demo.openedAt) },
    );
    for (const forecast of demo.forecasts) {
      await submitForecast(actors[forecast.by], { questionId: question.id, probability: forecast.percent, rationale: forecast.rationale }, { now: new Date(forecast.at) });
    }
  }
}

export async function seedForecasterProfiles(actors: { analyst: Actor }): Promise<void> {
  await setForecastProfile(actors.analyst, { public: true });
}
