import "server-only";
// The scorecard's view of a tracker's approved status changes, in two statements whose
// output is bounded: a narrow series of every change (id, claim, proof point key, new
// status, time: no text) from which the box states are replayed, kept only where a box
// changed state (the tick chart's compact series); then the full rows of just the changes
// shown (that series, the newest few, each proof point's latest).
import { getDb } from "@/lib/db/client";
import { boxStatusOf, proofPointState, type ClaimStatus, type ProofPointState } from "@/lib/domain";
import { toTimestamp } from "@/lib/server/read/serialize";
import type { TrackerStatusChange } from "@/lib/server/read/list-tracker-status-changes";
import type { TickChart } from "@/lib/server/read/scorecard-history";

type NarrowChange = { id: string; claimId: string; proofPointKey: string; toStatus: ClaimStatus; meetsCriteria: boolean | null; createdAt: Date };

export type ScorecardChanges = {
  tickChart: TickChart;
  /** Newest first, at most `latestLimit`. */
  latest: TrackerStatusChange[];
  latestByPoint: Map<string, TrackerStatusChange>;
};

export async function loadScorecardChanges(options: { trackerId: string; proofPointKeys: readonly string[]; latestLimit: number; now: Date }): Promise<ScorecardChanges> {
  const series = await getDb().$queryRaw<NarrowChange[]>`
    SELECT sc.id, sc."claimId", p.key AS "proofPointKey", sc."toStatus"::text AS "toStatus", sc."meetsCriteria", sc."createdAt"
    FROM status_changes sc JOIN claims c ON c.id = sc."claimId" JOIN proof_points p ON p.id = c."proofPointId"
    WHERE p."trackerId" = ${options.trackerId}
    ORDER BY sc."createdAt", sc.id`;
  // One point per change that moved a box (its state: open, contested, partial, ticked);
  // a change that moved none adds nothing to the chart.
  // Boxes move by box status: a supported claim short of the criteria ticks nothing.
  const flips = boxStateChanges(
    series.map((change) => ({ ...change, toStatus: boxStatusOf({ status: change.toStatus, meetsCriteria: change.meetsCriteria }) })),
    options.proofPointKeys,
  );
  const latestIds = series.slice(-options.latestLimit).map((change) => change.id);
  const latestByPointId = new Map<string, string>();
  for (const change of series) latestByPointId.set(change.proofPointKey, change.id);
  const wanted = new Set([...flips.map((flip) => series[flip.index]!.id), ...latestIds, ...latestByPointId.values()]);
  const rows = wanted.size === 0 ? [] : await getDb().statusChange.findMany({
    where: { id: { in: [...wanted] } },
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      meetsCriteria: true,
      rationale: true,
      createdAt: true,
      claim: { select: { id: true, statement: true, proofPoint: { select: { key: true, title: true } } } },
    },
  });
  const byId = new Map<string, TrackerStatusChange>(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        claimId: row.claim.id,
        claimStatement: row.claim.statement,
        proofPointKey: row.claim.proofPoint.key,
        proofPointTitle: row.claim.proofPoint.title,
        fromStatus: row.fromStatus,
        toStatus: row.toStatus,
        meetsCriteria: row.meetsCriteria,
        rationale: row.rationale,
        approvedAt: toTimestamp(row.createdAt),
      },
    ]),
  );
  return {
    tickChart: {
      total: options.proofPointKeys.length,
      changeCount: series.length,
      points: flips.flatMap(({ index, ticked }) => {
        const change = byId.get(series[index]!.id);
        if (!change) return [];
        return [{ at: change.approvedAt, ticked, changeId: change.id, claimId: change.claimId, claimStatement: change.claimStatement, proofPointTitle: change.proofPointTitle, fromStatus: change.fromStatus, toStatus: change.toStatus }];
      }),
      asOf: options.now.toISOString(),
    },
    latest: latestIds.flatMap((id) => byId.get(id) ?? []).reverse(),
    latestByPoint: new Map([...latestByPointId].flatMap(([key, id]) => (byId.has(id) ? [[key, byId.get(id)!] as const] : []))),
  };
}

/** Replays the changes (oldest first) and returns those that changed some box's state, with the ticked count after each. */
export function boxStateChanges(
  series: readonly { claimId: string; proofPointKey: string; toStatus: ClaimStatus }[],
  proofPointKeys: readonly string[],
): { index: number; ticked: number }[] {
  const tracked = new Set(proofPointKeys);
  const claimsByPoint = new Map<string, Map<string, ClaimStatus>>();
  const pointOfClaim = new Map<string, string>();
  const stateOf = new Map<string, ProofPointState>();
  let ticked = 0;
  const refresh = (key: string): boolean => {
    const before = stateOf.get(key) ?? "open";
    const after = proofPointState([...(claimsByPoint.get(key)?.values() ?? [])]);
    stateOf.set(key, after);
    if (tracked.has(key)) ticked += (after === "ticked" ? 1 : 0) - (before === "ticked" ? 1 : 0);
    return after !== before;
  };
  const flips: { index: number; ticked: number }[] = [];
  series.forEach((change, index) => {
    let moved = false;
    // A claim re-filed under another proof point leaves its old one.
    const previousKey = pointOfClaim.get(change.claimId);
    if (previousKey !== undefined && previousKey !== change.proofPointKey) {
      claimsByPoint.get(previousKey)?.delete(change.claimId);
      moved = refresh(previousKey) || moved;
    }
    pointOfClaim.set(change.claimId, change.proofPointKey);
    const claims = claimsByPoint.get(change.proofPointKey) ?? new Map<string, ClaimStatus>();
    claims.set(change.claimId, change.toStatus);
    claimsByPoint.set(change.proofPointKey, claims);
    moved = refresh(change.proofPointKey) || moved;
    if (moved) flips.push({ index, ticked });
  });
  return flips;
}
