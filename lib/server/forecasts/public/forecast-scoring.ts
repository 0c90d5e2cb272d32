import "server-only";
// Turns a tracker's (or a forecaster's) resolved questions into scores and calibration
// bins, the same way for every page and output.
import {
  calibrationBins,
  calibrationError,
  communityForecast,
  latestPerForecaster,
  summarizeScores,
  type CalibrationBin,
  type ForecastEntry,
  type Outcome,
  type ScoreSummary,
} from "@/lib/domain/forecasts";

export type ResolvedQuestionForScoring = { id: string; outcome: Outcome; resolvedAt: Date; entries: ForecastEntry[] };

export type Calibration = { bins: CalibrationBin[]; error: number | null; count: number };

export function calibrationOf(forecasts: readonly { probability: number; outcome: Outcome }[]): Calibration {
  const bins = calibrationBins(forecasts);
  return { bins, error: calibrationError(bins), count: forecasts.length };
}

/** Each forecaster's final probability per resolved question (their latest before it resolved). */
export function finalForecasts(questions: readonly ResolvedQuestionForScoring[]) {
  return questions.flatMap((question) =>
    latestPerForecaster(question.entries, question.resolvedAt).map((entry) => ({
      questionId: question.id,
      userId: entry.userId,
      probability: entry.probability,
      outcome: question.outcome,
    })),
  );
}

/** The community forecast of each resolved question as it stood when the question resolved. */
export function communityFinals(questions: readonly ResolvedQuestionForScoring[]) {
  return questions.flatMap((question) => {
    const { probability } = communityForecast(question.entries, question.resolvedAt);
    return probability === null ? [] : [{ questionId: question.id, probability, outcome: question.outcome }];
  });
}

export function scoresByForecaster(finals: ReturnType<typeof finalForecasts>): Map<string, ScoreSummary> {
  const grouped = new Map<string, { probability: number; outcome: Outcome }[]>();
  for (const final of finals) grouped.set(final.userId, [...(grouped.get(final.userId) ?? []), final]);
  return new Map([...grouped].map(([userId, forecasts]) => [userId, summarizeScores(forecasts)]));
}
