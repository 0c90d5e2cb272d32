import "server-only";
import { getDb } from "@/lib/db/client";
import { questionTitle, summarizeScores, type ScoreSummary } from "@/lib/domain/forecasts";
import { toCalendarDate, toTimestamp } from "@/lib/server/read/serialize";
import { publicTrackerWhere } from "@/lib/server/read/visibility";
import { calibrationOf, finalForecasts, type Calibration } from "./forecast-scoring";

export type ForecasterProfile = {
  forecaster: { id: string; name: string };
  /** The forecaster's latest forecast on each question of a public tracker, newest question first. */
  questions: {
    id: string;
    title: string;
    tracker: { slug: string; title: string };
    resolvesBy: string;
    resolution: "yes" | "no" | "annulled" | null;
    probability: number;
    at: string;
  }[];
  scores: ScoreSummary;
  calibration: Calibration;
};

/** A forecaster's public record, or null unless they opted in to a public profile. */
export async function getForecasterProfile(options: { userId: string }): Promise<ForecasterProfile | null> {
  const user = await getDb().user.findFirst({
    where: { id: options.userId, forecastProfilePublic: true },
    select: { id: true, name: true },
  });
  if (!user) return null;
  const rows = await getDb().forecastQuestion.findMany({
    where: { forecasts: { some: { userId: user.id } }, proofPoint: { tracker: publicTrackerWhere() } },
    orderBy: [{ resolvesBy: "desc" }, { id: "asc" }],
    select: {
      id: true,
      resolvesBy: true,
      resolution: true,
      resolvedAt: true,
      criteria: { select: { version: true } },
      proofPoint: { select: { title: true, tracker: { select: { slug: true, title: true } } } },
      forecasts: { where: { userId: user.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { probability: true, createdAt: true } },
    },
  });
  const questions = rows.map((row) => {
    const latest = row.forecasts[row.forecasts.length - 1]!;
    return {
      id: row.id,
      title: questionTitle({ proofPointTitle: row.proofPoint.title, resolvesBy: row.resolvesBy, criteriaVersion: row.criteria.version }),
      tracker: row.proofPoint.tracker,
      resolvesBy: toCalendarDate(row.resolvesBy),
      resolution: row.resolution,
      probability: latest.probability / 100,
      at: toTimestamp(latest.createdAt),
    };
  });
  const finals = finalForecasts(
    rows.flatMap((row) =>
      row.resolution === "yes" || row.resolution === "no"
        ? [{ id: row.id, outcome: row.resolution, resolvedAt: row.resolvedAt!, entries: row.forecasts.map((f) => ({ userId: user.id, probability: f.probability / 100, at: f.createdAt })) }]
        : [],
    ),
  );
  return { forecaster: user, questions, scores: summarizeScores(finals), calibration: calibrationOf(finals) };
}
