import "server-only";
// The scorecard's view of a tracker's history, in two statements whose output is bounded:
// the box-state series (one row per change of a box's state, kept by the commands: see
// BoxStateChange), from which the charts are drawn; then the full rows of just the approved
// changes listed (the newest few, each proof point's latest) with the number of changes.
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { toTimestamp } from "@/lib/server/read/serialize";
import type { TrackerStatusChange } from "@/lib/server/read/list-tracker-status-changes";
import { buildTickChart, type TickChart } from "@/lib/server/read/scorecard-history";
import { loadBoxStateSeries } from "./box-state-series";

export type ScorecardChanges = {
  tickChart: TickChart;
  /** Newest first, at most `latestLimit`. */
  latest: TrackerStatusChange[];
  latestByPoint: Map<string, TrackerStatusChange>;
};

type Row = {
  kind: "latest" | "point";
  id: string;
  claimId: string;
  claimStatement: string;
  proofPointKey: string;
  proofPointTitle: string;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  meetsCriteria: boolean | null;
  rationale: string;
  createdAt: Date;
  total: number;
};

export async function loadScorecardChanges(options: {
  trackerId: string;
  proofPoints: readonly { key: string; title: string }[];
  latestLimit: number;
  now: Date;
}): Promise<ScorecardChanges> {
  const series = await loadBoxStateSeries(options.trackerId);
  const rows = await getDb().$queryRaw<Row[]>(Prisma.sql`
    WITH tracker_changes AS (
      SELECT sc.id, sc."claimId", c.statement AS "claimStatement", p.key AS "proofPointKey", p.title AS "proofPointTitle",
             sc."fromStatus"::text AS "fromStatus", sc."toStatus"::text AS "toStatus", sc."meetsCriteria", sc.rationale, sc."createdAt"
      FROM status_changes sc JOIN claims c ON c.id = sc."claimId" JOIN proof_points p ON p.id = c."proofPointId"
      WHERE p."trackerId" = ${options.trackerId}
    ),
    total AS (SELECT count(*)::int AS total FROM tracker_changes)
    (SELECT 'latest' AS kind, t.*, total.total FROM tracker_changes t, total ORDER BY t."createdAt" DESC, t.id DESC LIMIT ${options.latestLimit})
    UNION ALL
    (SELECT DISTINCT ON (t."proofPointKey") 'point', t.*, total.total FROM tracker_changes t, total ORDER BY t."proofPointKey", t."createdAt" DESC, t.id DESC)`);
  const toChange = (row: Row): TrackerStatusChange => ({
    id: row.id,
    claimId: row.claimId,
    claimStatement: row.claimStatement,
    proofPointKey: row.proofPointKey,
    proofPointTitle: row.proofPointTitle,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    meetsCriteria: row.meetsCriteria,
    rationale: row.rationale,
    approvedAt: toTimestamp(row.createdAt),
  });
  return {
    tickChart: buildTickChart(series, options.proofPoints, options.now, rows[0]?.total ?? 0),
    latest: rows.filter((row) => row.kind === "latest").map(toChange),
    latestByPoint: new Map(rows.filter((row) => row.kind === "point").map((row) => [row.proofPointKey, toChange(row)])),
  };
}
