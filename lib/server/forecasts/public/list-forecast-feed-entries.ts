import "server-only";
import { getDb } from "@/lib/db/client";
import { communityForecast, questionTitle, summarizeScores } from "@/lib/domain/forecasts";
import { toTimestamp } from "@/lib/server/read/serialize";
import { publicTrackerWhere } from "@/lib/server/read/visibility";

export type ForecastFeedEntry = {
  questionId: string;
  title: string;
  resolution: "yes" | "no" | "annulled";
  at: string;
  tracker: { slug: string; title: string; isDemo: boolean };
  proofPointTitle: string;
  /** The community forecast when the question settled, and its Brier score (yes/no only). */
  community: { probability: number | null; forecasters: number; brier: number | null };
};

export const FORECAST_FEED_LIMIT = 50;

/** Resolutions and annulments, newest first, for one public tracker (by id) or all of them. */
export async function listForecastFeedEntries(options: { trackerId?: string } = {}): Promise<ForecastFeedEntry[]> {
  const rows = await getDb().forecastQuestion.findMany({
    where: {
      resolution: { not: null },
      proofPoint: { tracker: publicTrackerWhere(), ...(options.trackerId ? { trackerId: options.trackerId } : {}) },
    },
    orderBy: [{ resolvedAt: "desc" }, { id: "desc" }],
    take: FORECAST_FEED_LIMIT,
    select: {
      id: true,
      resolvesBy: true,
      resolution: true,
      resolvedAt: true,
      criteria: { select: { version: true } },
      proofPoint: { select: { title: true, tracker: { select: { slug: true, title: true, isDemo: true } } } },
      forecasts: { select: { userId: true, probability: true, createdAt: true } },
    },
  });
  return rows.map((row) => {
    const community = communityForecast(
      row.forecasts.map((f) => ({ userId: f.userId, probability: f.probability / 100, at: f.createdAt })),
      row.resolvedAt!,
    );
    const scored = community.probability !== null && row.resolution !== "annulled";
    return {
      questionId: row.id,
      title: questionTitle({ proofPointTitle: row.proofPoint.title, resolvesBy: row.resolvesBy, criteriaVersion: row.criteria.version }),
      resolution: row.resolution!,
      at: toTimestamp(row.resolvedAt!),
      tracker: row.proofPoint.tracker,
      proofPointTitle: row.proofPoint.title,
      community: {
        ...community,
        brier: scored ? summarizeScores([{ probability: community.probability!, outcome: row.resolution as "yes" | "no" }]).brier : null,
      },
    };
  });
}
