import "server-only";
// Shapes a tracker's cached forecasts into the v1 API's documented responses.
import type { z } from "zod";
import type { PublicForecastQuestion, TrackerForecasts } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import type { ZApiForecastQuestion, ZApiForecastQuestionDetail, ZApiTrackerForecasts } from "@/lib/validation/api/forecast-responses";

export function forecastQuestionPaths(slug: string, id: string) {
  const tracker = encodeURIComponent(slug);
  return { html: `/trackers/${tracker}/forecasts/${encodeURIComponent(id)}`, api: `/api/v1/trackers/${tracker}/forecasts/${encodeURIComponent(id)}` };
}

export function presentForecastQuestion(slug: string, question: PublicForecastQuestion, baseUrl: string): z.output<typeof ZApiForecastQuestion> {
  const paths = forecastQuestionPaths(slug, question.id);
  return {
    id: question.id,
    title: question.title,
    proofPointKey: question.proofPoint.key,
    criteriaVersion: question.criteriaVersion,
    openedAt: question.openedAt,
    closesOn: question.closesOn,
    resolvesBy: question.resolvesBy,
    state: question.state,
    resolvedAt: question.resolvedAt,
    resolvedBy: question.resolvedBy,
    annulledBy: question.annulledBy
      ? {
          criteriaVersion: question.annulledBy.version,
          at: question.annulledBy.at,
          note: question.annulledBy.note,
          changedFields: question.annulledBy.diff.filter((field) => field.changed).map((field) => field.field),
        }
      : null,
    community: question.community,
    scores: question.scores ? { community: question.scores.community } : null,
    links: { html: `${baseUrl}${paths.html}`, self: `${baseUrl}${paths.api}` },
  };
}

export function presentTrackerForecasts(forecasts: TrackerForecasts, baseUrl: string): z.output<typeof ZApiTrackerForecasts> {
  return {
    data: {
      trackerSlug: forecasts.tracker.slug,
      questions: forecasts.questions.map((question) => presentForecastQuestion(forecasts.tracker.slug, question, baseUrl)),
      scores: forecasts.scores,
      calibration: forecasts.calibration,
      communityCalibration: forecasts.communityCalibration,
    },
  };
}

export function presentForecastQuestionDetail(slug: string, question: PublicForecastQuestion, baseUrl: string): z.output<typeof ZApiForecastQuestionDetail> {
  return {
    data: {
      ...presentForecastQuestion(slug, question, baseUrl),
      history: question.history,
      forecasts: question.forecasts,
      forecasterScores: question.scores?.forecasters ?? [],
    },
  };
}
