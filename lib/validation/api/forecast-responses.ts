import { z } from "zod";
import { ZApiClaimStatus } from "./common-responses";
import { ZCalendarDate, ZTimestamp, apiSchemas } from "./registry";

const ZProbability = z.number().min(0).max(1).meta({ description: "A probability as a fraction, 0…1 (forecasts are entered as 1–99 %)." });

export const ZApiForecastScores = z
  .object({
    count: z.int().min(0).meta({ description: "Resolved questions scored." }),
    brier: z.number().min(0).max(1).nullable().meta({ description: "Mean Brier score, (p − outcome)²; 0 best, 1 worst; null with nothing resolved." }),
    log: z.number().max(0).nullable().meta({ description: "Mean log score, ln of the probability given to what happened; 0 best; null with nothing resolved." }),
  })
  .register(apiSchemas, { id: "ForecastScores" });

export const ZApiCalibration = z
  .object({
    count: z.int().min(0),
    error: z.number().min(0).nullable().meta({ description: "Count-weighted mean |observed − predicted| over the bins; 0 is perfect." }),
    bins: z.array(
      z.object({
        from: ZProbability,
        to: ZProbability,
        count: z.int().min(0),
        meanPredicted: ZProbability.nullable(),
        observed: ZProbability.nullable().meta({ description: "Share of the bin's forecasts whose question resolved yes." }),
      }),
    ),
  })
  .register(apiSchemas, { id: "Calibration" });

const ZForecaster = z
  .object({ id: z.string(), name: z.string() })
  .nullable()
  .meta({ description: "The forecaster, or null for one without a public profile." });

export const ZApiForecastQuestion = z
  .object({
    id: z.string(),
    title: z.string().meta({ examples: ["Will “Wafer results” be ticked by 31 Dec 2028 under criteria v1?"] }),
    proofPointKey: z.string(),
    criteriaVersion: z.int().min(1),
    openedAt: ZTimestamp,
    closesOn: ZCalendarDate.meta({ description: "Forecasts are accepted until the end of this day (UTC)." }),
    resolvesBy: ZCalendarDate.meta({ description: "Ticked by the end of this day (UTC) resolves yes; unticked after it, no." }),
    state: z.enum(["open", "closed", "yes", "no", "annulled"]),
    resolvedAt: ZTimestamp.nullable(),
    resolvedBy: z
      .object({ claimId: z.string(), toStatus: ZApiClaimStatus, at: ZTimestamp })
      .nullable()
      .meta({ description: "The approved status change that ticked the box (yes only)." }),
    annulledBy: z
      .object({ criteriaVersion: z.int().min(1), at: ZTimestamp, note: z.string(), changedFields: z.array(z.string()) })
      .nullable()
      .meta({ description: "The criteria version whose material change annulled the question." }),
    community: z.object({ probability: ZProbability.nullable(), forecasters: z.int().min(0) }).meta({ description: "Median of each forecaster's latest probability." }),
    scores: z.object({ community: ZApiForecastScores }).nullable().meta({ description: "Scores of a question resolved yes or no." }),
    links: z.object({ html: z.url(), self: z.url() }),
  })
  .register(apiSchemas, { id: "ForecastQuestion" });

export const ZApiTrackerForecasts = z
  .object({
    data: z.object({
      trackerSlug: z.string(),
      questions: z.array(ZApiForecastQuestion),
      scores: z.object({
        community: ZApiForecastScores,
        forecasters: z.array(z.object({ forecaster: ZForecaster, scores: ZApiForecastScores })),
      }),
      calibration: ZApiCalibration.meta({ description: "Every forecaster's final forecast on the tracker's resolved questions." }),
      communityCalibration: ZApiCalibration,
    }),
  })
  .register(apiSchemas, { id: "TrackerForecasts" });

export const ZApiForecastQuestionDetail = z
  .object({
    data: ZApiForecastQuestion.extend({
      history: z.array(z.object({ at: ZTimestamp, probability: ZProbability, forecasters: z.int().min(1) })),
      forecasts: z.array(z.object({ forecaster: ZForecaster, probability: ZProbability, rationale: z.string(), at: ZTimestamp })),
      forecasterScores: z.array(z.object({ forecaster: ZForecaster, probability: ZProbability, brier: z.number(), log: z.number() })),
    }),
  })
  .register(apiSchemas, { id: "ForecastQuestionDetail" });
