// The scorecard roll-up (docs/architecture.md, "Scorecard semantics"), stated once so pages, the ticks-over-time chart, feeds, badges and exports agree.
import { CLAIM_STATUSES, type ClaimStatus } from "./statuses";

// Listed weakest first; a proof point shows the strongest state any of its claims earns.
export const PROOF_POINT_STATES = ["open", "contested", "partial", "ticked"] as const;
export type ProofPointState = (typeof PROOF_POINT_STATES)[number];

export const PROOF_POINT_STATE_LABELS: Record<ProofPointState, string> = {
  ticked: "Ticked",
  partial: "Partial",
  contested: "Contested",
  open: "Open",
};

export const PROOF_POINT_STATE_DESCRIPTIONS: Record<ProofPointState, string> = {
  ticked: "At least one claim under this proof point is supported by reviewed evidence and was judged, on approval, to meet the proof point's criteria as written.",
  partial: "No claim ticks the box yet, but at least one is partially supported, or supported without meeting the criteria as written.",
  contested: "At least one claim is disputed and none is supported or partially supported.",
  open: "No claim is supported, partially supported or disputed; refuted and unverified claims leave the box open.",
};

// A refuted claim earns nothing: disproving one route to a proof point does not tick or contest the box.
const STATE_EARNED_BY: Record<ClaimStatus, ProofPointState> = {
  supported: "ticked",
  partially_supported: "partial",
  disputed: "contested",
  unverified: "open",
  refuted: "open",
};

/** What a claim's approval recorded about the proof point's criteria (Claim.meetsCriteria). */
export type CriteriaJudged = { status: ClaimStatus; meetsCriteria: boolean | null };

/**
 * The status a claim counts as in its box: a supported claim ticks only when its approval
 * judged it to meet the criteria as written; otherwise it counts as partial progress.
 */
export function boxStatusOf(claim: CriteriaJudged): ClaimStatus {
  return claim.status === "supported" && claim.meetsCriteria !== true ? "partially_supported" : claim.status;
}

/** A supported claim that its approval judged not to meet (or did not judge against) the criteria. */
export function isSupportedShortOfCriteria(claim: CriteriaJudged): boolean {
  return claim.status === "supported" && claim.meetsCriteria !== true;
}

/** Pass box statuses (boxStatusOf), not raw statuses, so only claims meeting the criteria tick. */
export function proofPointState(statuses: readonly ClaimStatus[]): ProofPointState {
  let best = 0;
  for (const status of statuses) {
    best = Math.max(best, PROOF_POINT_STATES.indexOf(STATE_EARNED_BY[status]));
  }
  return PROOF_POINT_STATES[best] ?? "open";
}

export type ScorecardSummary = {
  ticked: number;
  total: number;
  states: Record<string, ProofPointState>;
  statusCounts: Record<ClaimStatus, number>;
};

/**
 * `statuses` are the claims' statuses (counted as they are); `boxStatuses`, when given,
 * decide the boxes (boxStatusOf), so a supported claim short of the criteria ticks nothing.
 */
export function summarizeScorecard(
  points: readonly { key: string; statuses: readonly ClaimStatus[]; boxStatuses?: readonly ClaimStatus[] }[],
): ScorecardSummary {
  const seen = new Set<string>();
  const entries: [string, ProofPointState][] = [];
  const statusCounts = emptyStatusCounts();
  for (const point of points) {
    // Two rows with one key would be counted twice in the total but once in `states`.
    if (seen.has(point.key)) throw new Error(`Duplicate proof point key "${point.key}"`);
    seen.add(point.key);
    entries.push([point.key, proofPointState(point.boxStatuses ?? point.statuses)]);
    for (const status of point.statuses) statusCounts[status] += 1;
  }
  return {
    ticked: entries.filter(([, state]) => state === "ticked").length,
    total: points.length,
    // fromEntries defines own properties, so even a key like "__proto__" is kept as data.
    states: Object.fromEntries(entries),
    statusCounts,
  };
}

export function headline(ticked: number, total: number): string {
  return `${ticked} of ${total} ${total === 1 ? "box" : "boxes"} ticked`;
}

function emptyStatusCounts(): Record<ClaimStatus, number> {
  return Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
}

// Replaying history, rather than storing counts, keeps the ticks-over-time chart derivable from the append-only log.
export type ApprovedStatusChange = {
  at: Date;
  claimId: string;
  proofPointKey: string;
  to: ClaimStatus;
};

export type TickPoint = { at: Date; ticked: number };

// Every claim starts unverified, so only changes are needed. Changes under keys outside
// `proofPointKeys` (another tracker, a removed row) still yield a point, so the chart has one
// point per change, but never count as ticks.
export function tickHistory(
  changes: readonly ApprovedStatusChange[],
  proofPointKeys: readonly string[],
): TickPoint[] {
  // Array sort is stable, so changes made at the same instant keep their input order.
  const ordered = changes.map((change) => ({ change, time: timeOf(change) })).sort((a, b) => a.time - b.time);

  const tracked = new Set(proofPointKeys);
  const claimsByPoint = new Map<string, Map<string, ClaimStatus>>();
  const pointOfClaim = new Map<string, string>();
  const tickedPoints = new Set<string>();

  const refresh = (key: string) => {
    const claims = claimsByPoint.get(key);
    const isTicked = tracked.has(key) && claims !== undefined && proofPointState([...claims.values()]) === "ticked";
    if (isTicked) tickedPoints.add(key);
    else tickedPoints.delete(key);
  };

  return ordered.map(({ change }) => {
    // A claim re-filed under another proof point leaves its old one.
    const previousKey = pointOfClaim.get(change.claimId);
    if (previousKey !== undefined && previousKey !== change.proofPointKey) {
      claimsByPoint.get(previousKey)?.delete(change.claimId);
      refresh(previousKey);
    }
    pointOfClaim.set(change.claimId, change.proofPointKey);
    const claims = claimsByPoint.get(change.proofPointKey) ?? new Map<string, ClaimStatus>();
    claims.set(change.claimId, change.to);
    claimsByPoint.set(change.proofPointKey, claims);
    refresh(change.proofPointKey);
    return { at: change.at, ticked: tickedPoints.size };
  });
}

function timeOf(change: ApprovedStatusChange): number {
  const time = change.at.getTime();
  if (Number.isNaN(time)) throw new RangeError(`Status change for claim "${change.claimId}" has an invalid date`);
  return time;
}
