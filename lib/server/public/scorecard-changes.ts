import "server-only";
// The scorecard's view of a tracker's approved status changes, in two statements whose
// output is bounded: a narrow series of every change (id, claim, proof point key, new
// status, time: no text) from which the box states are replayed, kept only where a box
// changed state (the tick chart's compact series); then the full rows of just the changes
// shown (that series, the newest few, each proof point's latest).
import { getDb } from "@/lib/db/client";
import { tickHistory, type ClaimStatus } from "@/lib/domain";
import { toTimestamp } from "./serialize";
import type { TrackerStatusChange } from "./list-tracker-status-changes";
import type { TickChart } from "./scorecard-history";

type NarrowChange = { id: string; claimId: string; proofPointKey: string; toStatus: ClaimStatus; createdAt: Date };

export type ScorecardChanges = {
  tickChart: TickChart;
  /** Newest first, at most `latestLimit`. */
  latest: TrackerStatusChange[];
  latestByPoint: Map<string, TrackerStatusChange>;
};

export async function loadScorecardChanges(options: { trackerId: string; proofPointKeys: readonly string[]; latestLimit: number; now: Date }): Promise<ScorecardChanges> {
  const series = await getDb().$queryRaw<NarrowChange[]>`
    SELECT sc.id, sc."claimId", p.key AS "proofPointKey", sc."toStatus"::text AS "toStatus", sc."createdAt"
    FROM status_changes sc JOIN claims c ON c.id = sc."claimId" JOIN proof_points p ON p.id = c."proofPointId"
    WHERE p."trackerId" = ${options.trackerId}
    ORDER BY sc."createdAt", sc.id`;
  const history = tickHistory(
    series.map((change) => ({ at: change.createdAt, claimId: change.claimId, proofPointKey: change.proofPointKey, to: change.toStatus })),
    options.proofPointKeys,
  );
  // One point per change of the ticked count: a change that moved no box adds nothing to the line.
  const flips: { index: number; ticked: number }[] = [];
  let previous = 0;
  history.forEach((point, index) => {
    if (point.ticked !== previous) flips.push({ index, ticked: point.ticked });
    previous = point.ticked;
  });
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
        rationale: row.rationale,
        approvedAt: toTimestamp(row.createdAt),
      },
    ]),
  );
  return {
    tickChart: {
      total: options.proofPointKeys.length,
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
