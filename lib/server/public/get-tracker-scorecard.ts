import "server-only";
import { getDb } from "@/lib/db/client";
import {
  boxStatusOf,
  isDueSoon,
  summarizeScorecard,
  type ClaimStatus,
  type ProofPointState,
} from "@/lib/domain";
import { listTrackerStatusChanges, type TrackerStatusChange } from "./list-tracker-status-changes";
import { buildTickChart, latestChangeByProofPoint, type TickChart } from "./scorecard-history";
import { claimDates, toTimestamp } from "./serialize";
import { listChecklistChanges, type PublicChecklistChange } from "./list-checklist-changes";
import { publicEvidenceWhere, publicTrackerWhere } from "./visibility";
import { toVerdictStanding, verdictStandingSelect, type VerdictStanding } from "./verdict-standing";
import { thresholdOf, olderCriteriaTickOf, type CriteriaThreshold } from "./criteria-standing";

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
  standing: VerdictStanding;
};

export type ScorecardProofPoint = {
  key: string;
  title: string;
  question: string;
  state: ProofPointState;
  /** The current criteria's "ticks the box when", or null for a point that never had any. */
  tickWhen: string | null;
  /** The current criteria's version and numeric bar (with its unit), if any. */
  criteriaVersion: number | null;
  threshold: CriteriaThreshold | null;
  /** Ticked only under an older criteria version: the oldest such version, until re-reviewed. */
  tickedUnderOlderCriteria: { version: number | null } | null;
  /** Set for retired points: shown apart, never counted. */
  retiredAt: string | null;
  claims: ScorecardClaim[];
  /** The newest approved change of any claim under this proof point. */
  latestChange: TrackerStatusChange | null;
};

/** A claim with a resolve-by date, for the scorecard's deadlines section. */
export type DeadlineClaim = ScorecardClaim & { proofPointTitle: string; resolveBy: string };

export type ScorecardDeadlines = {
  /** Overdue or due soon, earliest date first. */
  flagged: DeadlineClaim[];
  /** The earliest later deadline of a claim still awaiting an answer, if any. */
  next: DeadlineClaim | null;
};

export type TrackerScorecard = {
  tracker: { id: string; slug: string; title: string; question: string; description: string; isDemo: boolean };
  /** The active checklist, in order: the only points the headline counts. */
  proofPoints: ScorecardProofPoint[];
  retiredProofPoints: ScorecardProofPoint[];
  ticked: number;
  total: number;
  statusCounts: Record<ClaimStatus, number>;
  claimCount: number;
  /** Newest first, at most LATEST_STATUS_CHANGES_LIMIT. */
  latestChanges: TrackerStatusChange[];
  checklistChanges: PublicChecklistChange[];
  tickChart: TickChart;
  deadlines: ScorecardDeadlines;
  /** When the rows were read (the page may be served from the cache). */
  asOf: string;
};

export const LATEST_STATUS_CHANGES_LIMIT = 8;
/** isDueSoon with no horizon: awaiting an answer, with a resolve-by date still ahead. */
const ANY_TIME_AHEAD = Number.POSITIVE_INFINITY;

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
          criteria: {
            orderBy: { version: "desc" },
            take: 1,
            select: { version: true, tickWhen: true, thresholdValue: true, thresholdUnit: true, thresholdQualifier: true },
          },
          claims: {
            orderBy: [{ claimedAt: "asc" }, { createdAt: "asc" }],
            select: {
              id: true,
              statement: true,
              claimant: true,
              status: true,
              claimedAt: true,
              resolveBy: true,
              ...verdictStandingSelect,
              _count: { select: { evidence: { where: publicEvidenceWhere() } } },
            },
          },
        },
      },
    },
  });
  if (!tracker) return null;

  const proofPoints = tracker.proofPoints.filter((point) => point.retiredAt === null);
  const retired = tracker.proofPoints.filter((point) => point.retiredAt !== null);
  const summaryInput = (point: (typeof proofPoints)[number]) => ({
    key: point.key,
    statuses: point.claims.map((claim) => claim.status),
    boxStatuses: point.claims.map(boxStatusOf),
  });
  const summary = summarizeScorecard(proofPoints.map(summaryInput));
  const retiredSummary = summarizeScorecard(retired.map(summaryInput));
  const changes = await listTrackerStatusChanges({ trackerId: tracker.id });
  const latestByPoint = latestChangeByProofPoint(changes);
  const checklistChanges = tracker.publishedAt
    ? await listChecklistChanges({ trackerId: tracker.id, firstPublishedAt: tracker.publishedAt })
    : [];

  const toRow = (point: (typeof tracker.proofPoints)[number], states: Record<string, ProofPointState>): ScorecardProofPoint => ({
    key: point.key,
    title: point.title,
    question: point.question,
    // summarizeScorecard derived every key above; "open" only satisfies the index type.
    state: states[point.key] ?? "open",
    tickWhen: point.criteria[0]?.tickWhen ?? null,
    criteriaVersion: point.criteria[0]?.version ?? null,
    threshold: thresholdOf(point.criteria[0]),
    tickedUnderOlderCriteria: olderCriteriaTickOf(point.claims, point.criteria[0]?.version ?? null),
    retiredAt: point.retiredAt ? toTimestamp(point.retiredAt) : null,
    claims: point.claims.map((claim) => ({
      id: claim.id,
      statement: claim.statement,
      claimant: claim.claimant,
      status: claim.status,
      ...claimDates(claim, now),
      evidenceCount: claim._count.evidence,
      standing: toVerdictStanding(claim),
    })),
    latestChange: latestByPoint.get(point.key) ?? null,
  });
  const rows = proofPoints.map((point) => toRow(point, summary.states));

  return {
    tracker: { id: tracker.id, slug: tracker.slug, title: tracker.title, question: tracker.question, description: tracker.description, isDemo: tracker.isDemo },
    proofPoints: rows,
    retiredProofPoints: retired.map((point) => toRow(point, retiredSummary.states)),
    ticked: summary.ticked,
    total: summary.total,
    statusCounts: summary.statusCounts,
    claimCount: proofPoints.reduce((sum, point) => sum + point.claims.length, 0),
    latestChanges: changes.slice(-LATEST_STATUS_CHANGES_LIMIT).reverse(),
    checklistChanges,
    tickChart: buildTickChart(changes, proofPoints.map((point) => point.key), now),
    deadlines: deadlinesOf(proofPoints, rows, now),
    asOf: toTimestamp(now),
  };
}

function deadlinesOf(
  points: readonly { title: string; claims: readonly { id: string; status: ClaimStatus; resolveBy: Date | null }[] }[],
  rows: readonly ScorecardProofPoint[],
  now: Date,
): ScorecardDeadlines {
  const awaiting = new Set(
    points.flatMap((point) => point.claims.filter((claim) => isDueSoon(claim, now, ANY_TIME_AHEAD)).map((claim) => claim.id)),
  );
  const dated = rows
    .flatMap((row) => row.claims.map((claim) => ({ ...claim, proofPointTitle: row.title })))
    .filter((claim): claim is DeadlineClaim => claim.resolveBy !== null)
    // ISO dates sort as strings.
    .sort((a, b) => a.resolveBy.localeCompare(b.resolveBy));
  return {
    flagged: dated.filter((claim) => claim.overdue || claim.dueSoon),
    next: dated.find((claim) => !claim.dueSoon && awaiting.has(claim.id)) ?? null,
  };
}
