import "server-only";
import { getDb } from "@/lib/db/client";
import { boxStatusOf, CLAIM_STATUSES, isDueSoon, summarizeScorecard, type ClaimStatus, type ProofPointState } from "@/lib/domain";
import type { TrackerStatusChange } from "@/lib/server/read/list-tracker-status-changes";
import { listChecklistChanges, type PublicChecklistChange } from "./list-checklist-changes";
import { loadScorecardChanges } from "./scorecard-changes";
import { loadScorecardClaims, type ScorecardClaimRow } from "./scorecard-claims";
import type { TickChart } from "@/lib/server/read/scorecard-history";
import { claimDates, toCalendarDate, toTimestamp } from "@/lib/server/read/serialize";
import { publicTrackerWhere } from "@/lib/server/read/visibility";
import { toVerdictStanding, type VerdictStanding } from "@/lib/server/read/verdict-standing";
import { thresholdOf, olderCriteriaTickOf, type CriteriaThreshold } from "@/lib/server/read/criteria-standing";
import { PUBLIC_QUESTION_SELECT, publicQuestionsOf, type PublicForecastQuestion } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { trackerHeaderSelect } from "@/lib/server/read/tracker-header";

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
  /** Independent origins of the supporting and refuting items (lib/domain/independent-origins.ts). */
  supportOrigins: number;
  refuteOrigins: number;
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
  /** The claims that decide the state (best status first, then newest), at most SCORECARD_CLAIMS_PER_POINT. */
  claims: ScorecardClaim[];
  /** Every claim under the point; the claims list pages through them all. */
  claimCount: number;
  statusCounts: Record<ClaimStatus, number>;
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
  /** Forecast questions still open, or closed and awaiting their resolution, in question order. */
  forecastQuestions: PublicForecastQuestion[];
  /** When the rows were read (the page may be served from the cache). */
  asOf: string;
};

export const LATEST_STATUS_CHANGES_LIMIT = 8;
/** isDueSoon with no horizon: awaiting an answer, with a resolve-by date still ahead. */
const ANY_TIME_AHEAD = Number.POSITIVE_INFINITY;

/**
 * A published tracker's checklist with every proof point's derived state; null when not
 * public. Five SQL statements whatever the size of the tracker, and an answer whose size
 * does not grow with its claims or evidence: per proof point the counts, the few claims that
 * decide its state and its latest change; "all N claims" pages through the rest.
 */
export async function getTrackerScorecard(options: { slug: string; now?: Date }): Promise<TrackerScorecard | null> {
  const now = options.now ?? new Date();
  const tracker = await getDb().tracker.findFirst({
    where: { ...publicTrackerWhere(), slug: options.slug },
    select: {
      ...trackerHeaderSelect,
      // Retired points too: their claims stay readable; they are split off below.
      proofPoints: {
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: {
          id: true,
          key: true,
          title: true,
          question: true,
          retiredAt: true,
          criteria: {
            orderBy: { version: "desc" },
            take: 1,
            select: { version: true, tickWhen: true, thresholdValue: true, thresholdUnit: true, thresholdQualifier: true },
          },
          // The scorecard's forecast section: the questions still awaiting their answer.
          forecastQuestions: { where: { resolution: null }, select: PUBLIC_QUESTION_SELECT },
        },
      },
    },
  });
  if (!tracker) return null;

  const claims = await loadScorecardClaims(tracker.id, now);
  const proofPoints = tracker.proofPoints.filter((point) => point.retiredAt === null);
  const retired = tracker.proofPoints.filter((point) => point.retiredAt !== null);
  const countsByPoint = new Map<string, Record<ClaimStatus, number>>();
  for (const { proofPointId, status, count } of claims.counts) {
    const counts = countsByPoint.get(proofPointId) ?? emptyCounts();
    counts[status] += count;
    countsByPoint.set(proofPointId, counts);
  }
  // The state needs only which (status, criteria judgement) pairs occur, not every claim:
  // one of each stands for all. Box statuses decide the boxes (a supported claim short of
  // the criteria ticks nothing).
  const judgedOf = (pointId: string) => claims.counts.filter((count) => count.proofPointId === pointId && count.count > 0);
  const summaryInput = (point: { id: string; key: string }) => ({
    key: point.key,
    statuses: judgedOf(point.id).map((count) => count.status),
    boxStatuses: judgedOf(point.id).map(boxStatusOf),
  });
  const summary = summarizeScorecard(proofPoints.map(summaryInput));
  const retiredSummary = summarizeScorecard(retired.map(summaryInput));
  const changes = await loadScorecardChanges({
    trackerId: tracker.id,
    proofPoints: proofPoints.map((point) => ({ key: point.key, title: point.title })),
    latestLimit: LATEST_STATUS_CHANGES_LIMIT,
    now,
  });
  const checklistChanges = tracker.publishedAt
    ? await listChecklistChanges({ trackerId: tracker.id, firstPublishedAt: tracker.publishedAt })
    : [];

  const toClaim = (claim: ScorecardClaimRow): ScorecardClaim => ({
    id: claim.id,
    statement: claim.statement,
    claimant: claim.claimant,
    status: claim.status,
    ...claimDates(claim, now),
    evidenceCount: claim.evidenceCount,
    supportOrigins: claim.supportOrigins,
    refuteOrigins: claim.refuteOrigins,
    standing: toVerdictStanding(claim),
  });
  const toRow = (point: (typeof tracker.proofPoints)[number], states: Record<string, ProofPointState>): ScorecardProofPoint => {
    const statusCounts = countsByPoint.get(point.id) ?? emptyCounts();
    return {
      key: point.key,
      title: point.title,
      question: point.question,
      // summarizeScorecard derived every key above; "open" only satisfies the index type.
      state: states[point.key] ?? "open",
      tickWhen: point.criteria[0]?.tickWhen ?? null,
      criteriaVersion: point.criteria[0]?.version ?? null,
      threshold: thresholdOf(point.criteria[0]),
      tickedUnderOlderCriteria: olderCriteriaTickOf(judgedOf(point.id), point.criteria[0]?.version ?? null),
      retiredAt: point.retiredAt ? toTimestamp(point.retiredAt) : null,
      claims: claims.deciding.filter((claim) => claim.proofPointId === point.id).map(toClaim),
      claimCount: Object.values(statusCounts).reduce((sum, n) => sum + n, 0),
      statusCounts,
      latestChange: changes.latestByPoint.get(point.key) ?? null,
    };
  };
  const rows = proofPoints.map((point) => toRow(point, summary.states));
  const activeIds = new Set(proofPoints.map((point) => point.id));
  const statusCounts = emptyCounts();
  for (const { proofPointId, status, count } of claims.counts) if (activeIds.has(proofPointId)) statusCounts[status] += count;
  const deadline = (claim: ScorecardClaimRow & { proofPointTitle: string }): DeadlineClaim => ({
    ...toClaim(claim),
    proofPointTitle: claim.proofPointTitle,
    resolveBy: toCalendarDate(claim.resolveBy!),
  });

  return {
    tracker: { id: tracker.id, slug: tracker.slug, title: tracker.title, question: tracker.question, description: tracker.description, isDemo: tracker.isDemo },
    proofPoints: rows,
    retiredProofPoints: retired.map((point) => toRow(point, retiredSummary.states)),
    ticked: summary.ticked,
    total: summary.total,
    statusCounts,
    claimCount: rows.reduce((sum, row) => sum + row.claimCount, 0),
    latestChanges: changes.latest,
    checklistChanges,
    tickChart: changes.tickChart,
    deadlines: {
      flagged: claims.flagged.map(deadline).filter((claim) => claim.overdue || claim.dueSoon),
      next: claims.next && isDueSoon(claims.next, now, ANY_TIME_AHEAD) ? deadline(claims.next) : null,
    },
    forecastQuestions: publicQuestionsOf(tracker.proofPoints, now).questions,
    asOf: toTimestamp(now),
  };
}

function emptyCounts(): Record<ClaimStatus, number> {
  return Object.fromEntries(CLAIM_STATUSES.map((status) => [status, 0])) as Record<ClaimStatus, number>;
}
