import "server-only";
import { getDb } from "@/lib/db/client";
import {
  isDueSoon,
  isOverdue,
  summarizeScorecard,
  type ClaimStatus,
  type ProofPointState,
} from "@/lib/domain";
import { listLatestStatusChanges, type LatestStatusChange } from "./list-latest-status-changes";
import { toCalendarDate, toCalendarDateOrNull } from "./serialize";
import { activeProofPointWhere, publicEvidenceWhere, publicTrackerWhere } from "./visibility";

export type ScorecardClaim = {
  id: string;
  statement: string;
  claimant: string;
  status: ClaimStatus;
  claimedAt: string;
  resolveBy: string | null;
  overdue: boolean;
  dueSoon: boolean;
  evidenceCount: number;
};

export type ScorecardProofPoint = {
  key: string;
  title: string;
  question: string;
  state: ProofPointState;
  claims: ScorecardClaim[];
};

export type TrackerScorecard = {
  tracker: { slug: string; title: string; question: string; description: string; isDemo: boolean };
  proofPoints: ScorecardProofPoint[];
  ticked: number;
  total: number;
  statusCounts: Record<ClaimStatus, number>;
  claimCount: number;
  latestChanges: LatestStatusChange[];
};

/** A published tracker's checklist with every proof point's derived state; null when not public. */
export async function getTrackerScorecard(options: { slug: string; now?: Date }): Promise<TrackerScorecard | null> {
  const now = options.now ?? new Date();
  const tracker = await getDb().tracker.findFirst({
    where: { ...publicTrackerWhere(), slug: options.slug },
    select: {
      id: true,
      slug: true,
      title: true,
      question: true,
      description: true,
      isDemo: true,
      proofPoints: {
        where: activeProofPointWhere(),
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: {
          key: true,
          title: true,
          question: true,
          claims: {
            orderBy: [{ claimedAt: "asc" }, { createdAt: "asc" }],
            select: {
              id: true,
              statement: true,
              claimant: true,
              status: true,
              claimedAt: true,
              resolveBy: true,
              _count: { select: { evidence: { where: publicEvidenceWhere() } } },
            },
          },
        },
      },
    },
  });
  if (!tracker) return null;

  const { id: trackerId, proofPoints, ...trackerFields } = tracker;
  const summary = summarizeScorecard(
    proofPoints.map((point) => ({ key: point.key, statuses: point.claims.map((claim) => claim.status) })),
  );
  const latestChanges = await listLatestStatusChanges({ trackerId });

  return {
    tracker: trackerFields,
    proofPoints: proofPoints.map((point) => ({
      key: point.key,
      title: point.title,
      question: point.question,
      // summarizeScorecard derived every key above; "open" only satisfies the index type.
      state: summary.states[point.key] ?? "open",
      claims: point.claims.map((claim) => ({
        id: claim.id,
        statement: claim.statement,
        claimant: claim.claimant,
        status: claim.status,
        claimedAt: toCalendarDate(claim.claimedAt),
        resolveBy: toCalendarDateOrNull(claim.resolveBy),
        overdue: isOverdue(claim, now),
        dueSoon: isDueSoon(claim, now),
        evidenceCount: claim._count.evidence,
      })),
    })),
    ticked: summary.ticked,
    total: summary.total,
    statusCounts: summary.statusCounts,
    claimCount: proofPoints.reduce((sum, point) => sum + point.claims.length, 0),
    latestChanges,
  };
}
