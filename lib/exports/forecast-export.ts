import "server-only";
// A tracker's forecast questions as a CSV table (one row per question) and as the JSON
// export's `forecasts` part (the API's shapes, with every forecast).
import { presentForecastQuestionDetail, presentTrackerForecasts } from "@/lib/api/v1/present-forecasts";
import type { TrackerForecasts } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { toCsv, type CsvCell } from "./csv-cells";

const QUESTION_COLUMNS = [
  "question_id", "tracker", "proof_point_key", "question", "criteria_version", "opened_at", "closes_on", "resolves_by",
  "state", "resolved_at", "resolved_by_claim_id", "annulled_by_criteria_version", "community_probability", "forecasters",
  "community_brier", "community_log_score", "url",
] as const;

export function forecastQuestionsCsv(forecasts: TrackerForecasts, baseUrl: string): string {
  const { tracker } = forecasts;
  return toCsv(
    QUESTION_COLUMNS,
    presentTrackerForecasts(forecasts, baseUrl).data.questions.map((question): Record<string, CsvCell> => ({
      question_id: question.id,
      tracker: tracker.slug,
      proof_point_key: question.proofPointKey,
      question: question.title,
      criteria_version: question.criteriaVersion,
      opened_at: question.openedAt,
      closes_on: question.closesOn,
      resolves_by: question.resolvesBy,
      state: question.state,
      resolved_at: question.resolvedAt,
      resolved_by_claim_id: question.resolvedBy?.claimId ?? null,
      annulled_by_criteria_version: question.annulledBy?.criteriaVersion ?? null,
      community_probability: question.community.probability,
      forecasters: question.community.forecasters,
      community_brier: question.scores?.community.brier ?? null,
      community_log_score: question.scores?.community.log ?? null,
      url: question.links.html,
    })),
  );
}

export function forecastsJson(forecasts: TrackerForecasts, baseUrl: string) {
  const { data } = presentTrackerForecasts(forecasts, baseUrl);
  return {
    ...data,
    questions: forecasts.questions.map((question) => presentForecastQuestionDetail(forecasts.tracker.slug, question, baseUrl).data),
  };
}
