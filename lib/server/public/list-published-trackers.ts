import "server-only";
import { getDb } from "@/lib/db/client";
import { boxStatusOf, summarizeScorecard, type ProofPointState } from "@/lib/domain";
import { activeProofPointWhere, publicTrackerWhere } from "@/lib/server/read/visibility";

export type PublishedTrackerSummary = {
  slug: string;
  title: string;
  question: string;
  description: string;
  isDemo: boolean;
  ticked: number;
  total: number;
  /** Each proof point's derived state, in checklist order. */
  states: ProofPointState[];
  claimCount: number;
};

export async function listPublishedTrackers(): Promise<PublishedTrackerSummary[]> {
  const trackers = await getDb().tracker.findMany({
    where: publicTrackerWhere(),
    // The longest-published tracker (the flagship) leads the list.
    orderBy: [{ publishedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      slug: true,
      title: true,
      question: true,
      description: true,
      isDemo: true,
      proofPoints: {
        where: activeProofPointWhere(),
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: { key: true, claims: { select: { status: true, meetsCriteria: true } } },
      },
    },
  });

  return trackers.map(({ proofPoints, ...tracker }) => {
    const summary = summarizeScorecard(
      proofPoints.map((point) => ({
        key: point.key,
        statuses: point.claims.map((claim) => claim.status),
        boxStatuses: point.claims.map(boxStatusOf),
      })),
    );
    return {
      ...tracker,
      ticked: summary.ticked,
      total: summary.total,
      // summarizeScorecard derived every key; "open" only satisfies the index type.
      states: proofPoints.map((point) => summary.states[point.key] ?? "open"),
      claimCount: proofPoints.reduce((sum, point) => sum + point.claims.length, 0),
    };
  });
}
