import "server-only";
// Everything the scorecard needs from a tracker's claims, in one SQL statement whose result
// does not grow with the number of claims: counts per proof point and status, the few claims
// that decide each box (best status first, newest first), and the claims whose resolve-by
// date is close or passed. Evidence counts come from the claims' tallies, never a count.
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";

/** Claims shown under each proof point on the scorecard; "all N claims" links to the rest. */
export const SCORECARD_CLAIMS_PER_POINT = 5;
/** Deadline rows shown at most (overdue and due soon, earliest first). */
export const SCORECARD_DEADLINES_LIMIT = 20;
const DUE_SOON_DAYS = 90;

export type ScorecardClaimRow = {
  id: string;
  proofPointId: string;
  statement: string;
  claimant: string;
  status: ClaimStatus;
  claimedAt: Date;
  resolveBy: Date | null;
  evidenceCount: number;
  /** Independent origins of the live supporting and refuting items (the same tally). */
  supportOrigins: number;
  refuteOrigins: number;
  reReviewReason: string | null;
  reReviewSince: Date | null;
  meetsCriteria: boolean | null;
  criteriaVersion: number | null;
};

export type ScorecardClaimData = {
  /** Per proof point, status and criteria judgement (the pairs decide the box). */
  counts: { proofPointId: string; status: ClaimStatus; meetsCriteria: boolean | null; criteriaVersion: number | null; count: number }[];
  deciding: ScorecardClaimRow[];
  /** Awaiting an answer with a resolve-by date up to DUE_SOON_DAYS ahead (or passed), earliest first. */
  flagged: (ScorecardClaimRow & { proofPointTitle: string })[];
  /** The earliest later deadline of a claim awaiting an answer. */
  next: (ScorecardClaimRow & { proofPointTitle: string }) | null;
};

type Json = { counts: ScorecardClaimData["counts"] | null; deciding: RawRow[] | null; flagged: (RawRow & { proofPointTitle: string })[] | null; next: (RawRow & { proofPointTitle: string }) | null };
type RawRow = Omit<ScorecardClaimRow, "claimedAt" | "resolveBy" | "reReviewSince"> & { claimedAt: string; resolveBy: string | null; reReviewSince: string | null };

const toRow = <T extends RawRow>(row: T) => ({
  ...row,
  claimedAt: new Date(`${row.claimedAt}T00:00:00Z`),
  resolveBy: row.resolveBy ? new Date(`${row.resolveBy}T00:00:00Z`) : null,
  reReviewSince: row.reReviewSince ? new Date(row.reReviewSince) : null,
});

export async function loadScorecardClaims(trackerId: string, now: Date): Promise<ScorecardClaimData> {
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * 24 * 60 * 60 * 1000);
  const [result] = await getDb().$queryRaw<{ data: Json }[]>`
    WITH tracker_claims AS (
      SELECT c.id, c."proofPointId", c.statement, c.claimant, c.status, c."claimedAt", c."resolveBy", c."createdAt", p.title AS "proofPointTitle",
             c."reReviewReason", c."reReviewSince", c."meetsCriteria", c."criteriaVersion"
      FROM claims c JOIN proof_points p ON p.id = c."proofPointId"
      WHERE p."trackerId" = ${trackerId}
    ),
    ranked AS (
      SELECT *, row_number() OVER (
        PARTITION BY "proofPointId"
        ORDER BY CASE WHEN status = 'supported' AND "meetsCriteria" IS TRUE THEN 0
                      WHEN status IN ('supported', 'partially_supported') THEN 1 WHEN status = 'disputed' THEN 2 ELSE 3 END,
                 "claimedAt" DESC, "createdAt" DESC, id
      ) AS rank
      FROM tracker_claims
    ),
    awaiting AS (
      SELECT * FROM tracker_claims WHERE status IN ('unverified', 'partially_supported') AND "resolveBy" IS NOT NULL
    ),
    picked AS (
      (SELECT id, 'deciding' AS kind, rank FROM ranked WHERE rank <= ${SCORECARD_CLAIMS_PER_POINT})
      UNION ALL
      (SELECT id, 'flagged', row_number() OVER (ORDER BY "resolveBy", "createdAt") FROM awaiting
        WHERE "resolveBy" <= ${soon} ORDER BY "resolveBy", "createdAt" LIMIT ${SCORECARD_DEADLINES_LIMIT})
      UNION ALL
      (SELECT id, 'next', 1 FROM awaiting WHERE "resolveBy" > ${soon} ORDER BY "resolveBy", "createdAt" LIMIT 1)
    ),
    shown AS (
      SELECT k.kind, k.rank, t.id, t."proofPointId", t.statement, t.claimant, t.status,
             to_char(t."claimedAt", 'YYYY-MM-DD') AS "claimedAt", to_char(t."resolveBy", 'YYYY-MM-DD') AS "resolveBy",
             t."proofPointTitle", t."reReviewReason", t."meetsCriteria", t."criteriaVersion",
             to_char(t."reReviewSince", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "reReviewSince",
             -- The tally the evidence commands keep (ClaimEvidenceTally): no count over evidence here.
             coalesce(et.live, 0) AS "evidenceCount",
             coalesce(et."supportOrigins", 0) AS "supportOrigins",
             coalesce(et."refuteOrigins", 0) AS "refuteOrigins"
      FROM picked k JOIN tracker_claims t ON t.id = k.id
      LEFT JOIN claim_evidence_tallies et ON et."claimId" = t.id
    )
    SELECT json_build_object(
      'counts', (SELECT json_agg(json_build_object('proofPointId', "proofPointId", 'status', status, 'meetsCriteria', "meetsCriteria", 'criteriaVersion', "criteriaVersion", 'count', n))
                 FROM (SELECT "proofPointId", status, "meetsCriteria", "criteriaVersion", count(*)::int AS n FROM tracker_claims GROUP BY 1, 2, 3, 4) g),
      'deciding', (SELECT json_agg(s ORDER BY s."proofPointId", s.rank) FROM shown s WHERE s.kind = 'deciding'),
      'flagged', (SELECT json_agg(s ORDER BY s.rank) FROM shown s WHERE s.kind = 'flagged'),
      'next', (SELECT row_to_json(s) FROM shown s WHERE s.kind = 'next' LIMIT 1)
    ) AS data`;
  const data = result!.data;
  return {
    counts: data.counts ?? [],
    deciding: (data.deciding ?? []).map(toRow),
    flagged: (data.flagged ?? []).map(toRow),
    next: data.next ? toRow(data.next) : null,
  };
}
