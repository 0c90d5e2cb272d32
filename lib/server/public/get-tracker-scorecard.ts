import "server-only";
import { getDb } from "@/lib/db/client";
import {
  isDueSoon,
  isOverdue,
  summarizeScorecard,
  type ClaimStatus,
  type ProofPointState,
} from "@/lib/domain";
import { listChecklistChanges, type PublicChecklistChange } from "./list-checklist-changes";
import { listLatestStatusChanges, type LatestStatusChange } from "./list-latest-status-changes";
import { toCalendarDate, toCalendarDateOrNull, toTimestamp } from "./serialize";
import { publicEvidenceWhere, publicTrackerWhere } from "./visibility";

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
  /** The current criteria's "ticks the box when", or null for a point that never had any. */
  tickWhen: string | null;
  /** Set for retired points: shown apart, never counted. */
  retiredAt: string | null;
  claims: ScorecardClaim[];
};

export type TrackerScorecard = {
  tracker: { slug: string; title: string; question: string; description: string; isDemo: boolean };
  /** The active checklist, in order: the only points the headline counts. */
  proofPoints: ScorecardProofPoint[];
  retiredProofPoints: ScorecardProofPoint[];
  ticked: number;
  total: number;
  statusCounts: Record<ClaimStatus, number>;
  claimCount: number;
  latestChanges: LatestStatusChange[];
  checklistChanges: PublicChecklistChange[];
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
      publishedAt: true,
      // Retired points too: their claims stay readable; they are split off below.
      proofPoints: {
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: {
          key: true,
          title: true,
          question: true,
          retiredAt: true,
          criteria: { orderBy: { version: "desc" }, take: 1, select: { tickWhen: true } },
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

  const { id: trackerId, proofPoints: allPoints, publishedAt, ...trackerFields } = tracker;
  const proofPoints = allPoints.filter((point) => point.retiredAt === null);
  const retired = allPoints.filter((point) => point.retiredAt !== null);
  const summary = summarizeScorecard(
    proofPoints.map((point) => ({ key: point.key, statuses: point.claims.map((claim) => claim.status) })),
  );
  const retiredSummary = summarizeScorecard(
    retired.map((point) => ({ key: point.key, statuses: point.claims.map((claim) => claim.status) })),
  );
  const latestChanges = await listLatestStatusChanges({ trackerId });
  const checklistChanges = publishedAt ? await listChecklistChanges({ trackerId, firstPublishedAt: publishedAt }) : [];

  const toScorecardPoint = (point: (typeof allPoints)[number], states: Record<string, ProofPointState>): ScorecardProofPoint => ({
    key: point.key,
    title: point.title,
    question: point.question,
    // summarizeScorecard derived every key above; "open" only satisfies the index type.
    state: states[point.key] ?? "open",
    tickWhen: point.criteria[0]?.tickWhen ?? null,
    retiredAt: point.retiredAt ? toTimestamp(point.retiredAt) : null,
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
  });

  return {
    tracker: trackerFields,
    proofPoints: proofPoints.map((point) => toScorecardPoint(point, summary.states)),
    retiredProofPoints: retired.map((point) => toScorecardPoint(point, retiredSummary.states)),
    ticked: summary.ticked,
    total: summary.total,
    statusCounts: summary.statusCounts,
    claimCount: proofPoints.reduce((sum, point) => sum + point.claims.length, 0),
    latestChanges,
    checklistChanges,
  };
}
