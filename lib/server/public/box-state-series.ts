import "server-only";
// A tracker's box-state series in one statement: a row per change of a box's state (a few
// per proof point over its life), with the approved change behind it, whatever the number
// of claims and status changes. The scorecard's charts, the API's tick history and the
// box-states CSV read it.
import { getDb } from "@/lib/db/client";
import type { ClaimStatus, ProofPointState } from "@/lib/domain";
import type { BoxStateSeriesRow } from "@/lib/server/read/scorecard-history";

type Raw = {
  proofPointKey: string;
  proofPointTitle: string;
  state: ProofPointState;
  counted: boolean;
  at: Date;
  cause: BoxStateSeriesRow["cause"];
  changeId: string | null;
  claimId: string | null;
  claimStatement: string | null;
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus | null;
};

export async function loadBoxStateSeries(trackerId: string): Promise<BoxStateSeriesRow[]> {
  const rows = await getDb().$queryRaw<Raw[]>`
    SELECT p.key AS "proofPointKey", p.title AS "proofPointTitle", b.state::text AS state, b.counted, b.at, b.cause::text AS cause,
           sc.id AS "changeId", c.id AS "claimId", c.statement AS "claimStatement",
           sc."fromStatus"::text AS "fromStatus", sc."toStatus"::text AS "toStatus"
    FROM box_state_changes b
    JOIN proof_points p ON p.id = b."proofPointId"
    LEFT JOIN status_changes sc ON sc.id = b."statusChangeId"
    LEFT JOIN claims c ON c.id = sc."claimId"
    WHERE b."trackerId" = ${trackerId}
    ORDER BY b.at, b.seq`;
  return rows.map((row) => ({
    proofPointKey: row.proofPointKey,
    proofPointTitle: row.proofPointTitle,
    state: row.state,
    counted: row.counted,
    at: row.at.toISOString(),
    cause: row.cause,
    change:
      row.changeId && row.claimId && row.fromStatus && row.toStatus
        ? { id: row.changeId, claimId: row.claimId, claimStatement: row.claimStatement ?? "", fromStatus: row.fromStatus, toStatus: row.toStatus }
        : null,
  }));
}
