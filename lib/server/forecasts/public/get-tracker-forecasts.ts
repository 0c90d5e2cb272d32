import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ClaimStatus, ForecastResolution } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import { diffCriteria, type CriteriaFields, type FieldDiff } from "@/lib/domain/criteria";
import {
  acceptsForecasts,
  communityForecast,
  communityHistory,
  endOfDayUtc,
  questionTitle,
  summarizeScores,
  type ForecastEntry,
  type ScoreSummary,
} from "@/lib/domain/forecasts";
import { toCalendarDate, toTimestamp } from "@/lib/server/read/serialize";
import { publicTrackerWhere } from "@/lib/server/read/visibility";
import { calibrationOf, communityFinals, finalForecasts, scoresByForecaster, type Calibration, type ResolvedQuestionForScoring } from "./forecast-scoring";

export type ForecastQuestionState = "open" | "closed" | ForecastResolution;

/** A forecaster as the public sees them: named only with a public profile. */
export type PublicForecaster = { id: string; name: string } | null;

export type PublicForecast = { forecaster: PublicForecaster; probability: number; rationale: string; at: string };

export type PublicForecastQuestion = {
  id: string;
  title: string;
  proofPoint: { key: string; title: string };
  criteriaVersion: number;
  openedAt: string;
  closesOn: string;
  resolvesBy: string;
  state: ForecastQuestionState;
  resolvedAt: string | null;
  /** The approved change that ticked the box, for a yes. */
  resolvedBy: { claimId: string; toStatus: ClaimStatus; at: string } | null;
  /** The version that annulled the question and what it changed, for an annulment. */
  annulledBy: { version: number; at: string; note: string; diff: FieldDiff[] } | null;
  /** Probabilities are fractions 0…1 everywhere in this type. */
  community: { probability: number | null; forecasters: number };
  history: { at: string; probability: number; forecasters: number }[];
  /** Where the history chart ends: the resolution, else the close, but never after the read. */
  historyUntil: string;
  /** Every forecast, oldest first, updates included. */
  forecasts: PublicForecast[];
  /** Scores of the resolved question (yes/no only). */
  scores: { community: ScoreSummary; forecasters: { forecaster: PublicForecaster; probability: number; brier: number; log: number }[] } | null;
};

export type ForecasterScore = { forecaster: PublicForecaster; scores: ScoreSummary };

export type TrackerForecasts = {
  tracker: { id: string; slug: string; title: string; isDemo: boolean };
  /** Active proof points, in checklist order: where new questions can be opened. */
  proofPoints: { id: string; key: string; title: string }[];
  questions: PublicForecastQuestion[];
  scores: { community: ScoreSummary; forecasters: ForecasterScore[] };
  /** Every forecaster's final forecast on the tracker's resolved questions. */
  calibration: Calibration;
  communityCalibration: Calibration;
};

const CRITERIA = { version: true, tickWhen: true, contestedWhen: true, thresholdValue: true, thresholdUnit: true, thresholdQualifier: true, note: true, createdAt: true } as const;

/**
 * What a public forecast question is read with. Callers nest it under a tracker's proof
 * points, so the tracker, its points and every question with its forecasts are one statement
 * (relation joins), on the forecasts page and on the scorecard alike.
 */
export const PUBLIC_QUESTION_SELECT = {
  id: true,
  closesOn: true,
  resolvesBy: true,
  createdAt: true,
  resolution: true,
  resolvedAt: true,
  criteria: { select: CRITERIA },
  annulledByCriteria: { select: CRITERIA },
  resolvedByChange: { select: { claimId: true, toStatus: true, createdAt: true } },
  forecasts: {
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { probability: true, rationale: true, createdAt: true, user: { select: { id: true, name: true, forecastProfilePublic: true } } },
  },
} satisfies Prisma.ForecastQuestionSelect;

type QuestionRow = Prisma.ForecastQuestionGetPayload<{ select: typeof PUBLIC_QUESTION_SELECT }>;
type PointWithQuestions = { key: string; title: string; forecastQuestions: QuestionRow[] };

/** A public tracker's forecast questions, forecasts, resolutions, scores and calibration. */
export async function getTrackerForecasts(options: { slug: string; now?: Date }): Promise<TrackerForecasts | null> {
  const now = options.now ?? new Date();
  const tracker = await getDb().tracker.findFirst({
    where: { ...publicTrackerWhere(), slug: options.slug },
    select: {
      id: true,
      slug: true,
      title: true,
      isDemo: true,
      // Retired points too: their questions stay on the record.
      proofPoints: {
        orderBy: { position: "asc" },
        select: { id: true, key: true, title: true, retiredAt: true, forecastQuestions: { select: PUBLIC_QUESTION_SELECT } },
      },
    },
  });
  if (!tracker) return null;
  const proofPoints = tracker.proofPoints.filter((point) => point.retiredAt === null).map(({ id, key, title }) => ({ id, key, title }));
  const { questions, rows, forecasterOf } = publicQuestionsOf(tracker.proofPoints, now);
  const resolved: ResolvedQuestionForScoring[] = rows.flatMap((row) =>
    row.resolution === "yes" || row.resolution === "no"
      ? [{ id: row.id, outcome: row.resolution, resolvedAt: row.resolvedAt!, entries: row.forecasts.map((f) => ({ userId: f.user.id, probability: f.probability / 100, at: f.createdAt })) }]
      : [],
  );
  const finals = finalForecasts(resolved);
  const community = communityFinals(resolved);
  const perForecaster = [...scoresByForecaster(finals)]
    .map(([userId, scores]) => ({ forecaster: forecasterOf.get(userId) ?? null, scores }))
    // Best (lowest) Brier first; named forecasters before unnamed ones at a tie.
    .sort((a, b) => a.scores.brier! - b.scores.brier! || Number(b.forecaster !== null) - Number(a.forecaster !== null));

  return {
    tracker: { id: tracker.id, slug: tracker.slug, title: tracker.title, isDemo: tracker.isDemo },
    proofPoints,
    questions,
    scores: { community: summarizeScores(community), forecasters: perForecaster },
    calibration: calibrationOf(finals),
    communityCalibration: calibrationOf(community),
  };
}

/**
 * The questions of these proof points as the public sees them, in question order (resolve-by
 * date, then opening), with the rows and the forecasters they name for scoring.
 */
export function publicQuestionsOf(points: PointWithQuestions[], now: Date) {
  const rows = points
    .flatMap((point) => point.forecastQuestions.map((question) => ({ ...question, proofPoint: { key: point.key, title: point.title } })))
    .sort((a, b) => a.resolvesBy.getTime() - b.resolvesBy.getTime() || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const forecasterOf = new Map<string, PublicForecaster>();
  const questions = rows.map(({ proofPoint, ...row }): PublicForecastQuestion => {
    const entries: ForecastEntry[] = row.forecasts.map((f) => ({ userId: f.user.id, probability: f.probability / 100, at: f.createdAt }));
    for (const f of row.forecasts) forecasterOf.set(f.user.id, f.user.forecastProfilePublic ? { id: f.user.id, name: f.user.name } : null);
    const outcome = row.resolution === "yes" || row.resolution === "no" ? row.resolution : null;
    const scored = outcome ? { id: row.id, outcome, resolvedAt: row.resolvedAt!, entries } : null;
    return {
      id: row.id,
      title: questionTitle({ proofPointTitle: proofPoint.title, resolvesBy: row.resolvesBy, criteriaVersion: row.criteria.version }),
      proofPoint: { key: proofPoint.key, title: proofPoint.title },
      criteriaVersion: row.criteria.version,
      openedAt: toTimestamp(row.createdAt),
      closesOn: toCalendarDate(row.closesOn),
      resolvesBy: toCalendarDate(row.resolvesBy),
      state: row.resolution ?? (acceptsForecasts(row, now) ? "open" : "closed"),
      resolvedAt: row.resolvedAt ? toTimestamp(row.resolvedAt) : null,
      resolvedBy: row.resolvedByChange
        ? { claimId: row.resolvedByChange.claimId, toStatus: row.resolvedByChange.toStatus, at: toTimestamp(row.resolvedByChange.createdAt) }
        : null,
      annulledBy: row.annulledByCriteria
        ? {
            version: row.annulledByCriteria.version,
            at: toTimestamp(row.annulledByCriteria.createdAt),
            note: row.annulledByCriteria.note,
            diff: diffCriteria(criteriaFields(row.criteria), criteriaFields(row.annulledByCriteria)),
          }
        : null,
      community: communityForecast(entries),
      history: communityHistory(entries).map((point) => ({ ...point, at: toTimestamp(point.at) })),
      historyUntil: toTimestamp(new Date(Math.min((row.resolvedAt ?? endOfDayUtc(row.closesOn)).getTime(), now.getTime()))),
      forecasts: row.forecasts.map((f) => ({
        forecaster: f.user.forecastProfilePublic ? { id: f.user.id, name: f.user.name } : null,
        probability: f.probability / 100,
        rationale: f.rationale,
        at: toTimestamp(f.createdAt),
      })),
      scores: scored ? questionScores(scored, (id) => forecasterOf.get(id) ?? null) : null,
    };
  });

  return { questions, rows, forecasterOf };
}

function questionScores(question: ResolvedQuestionForScoring, forecasterOf: (userId: string) => PublicForecaster): PublicForecastQuestion["scores"] {
  const finals = finalForecasts([question]);
  return {
    community: summarizeScores(communityFinals([question])),
    forecasters: finals.map((final) => {
      const { brier, log } = summarizeScores([final]);
      return { forecaster: forecasterOf(final.userId), probability: final.probability, brier: brier!, log: log! };
    }),
  };
}

function criteriaFields(row: CriteriaFields): CriteriaFields {
  const { tickWhen, contestedWhen, thresholdValue, thresholdUnit, thresholdQualifier } = row;
  return { tickWhen, contestedWhen, thresholdValue, thresholdUnit, thresholdQualifier };
}
