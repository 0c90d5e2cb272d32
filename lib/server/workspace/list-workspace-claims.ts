import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { BalanceVerdict } from "@/lib/domain";
import { balanceOf, publicEvidenceSelect, toPublicEvidence } from "@/lib/server/read/evidence";
import { claimSummary, type ClaimSummary } from "@/lib/server/read/serialize";
import { claimFilterSql, claimOrderSql, evidenceMatchesSql, type ClaimFilters, type EvidenceMatchRow } from "./claim-search-sql";
import { claimRecordSelect } from "@/lib/server/read/claim-record";

export const CLAIMS_PAGE_SIZE = 20;

export type WorkspaceClaimRow = ClaimSummary & {
  proofPoint: { key: string; title: string };
  evidenceCount: number;
  pendingProposals: number;
  verdict: BalanceVerdict;
  /** When searching: evidence of this claim that matched, with the matched words marked. */
  matches: { id: string; title: string; snippet: string }[];
};

export type WorkspaceClaimPage = {
  rows: WorkspaceClaimRow[];
  total: number;
  /** The page shown: the requested one, or the last one when it asked beyond the end. */
  page: number;
  pageCount: number;
  pageSize: number;
};

/** One page of a tracker's claims, filtered and full-text searched (claim text and live evidence). */
export async function listWorkspaceClaims(
  actor: Actor | null,
  options: ClaimFilters & { page?: number; now?: Date },
): Promise<WorkspaceClaimPage> {
  requirePermission(actor, "workspace:read");
  const db = getDb();
  const now = options.now ?? new Date();
  const where = claimFilterSql(options, now);
  const counted = await db.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM claims c JOIN proof_points p ON p.id = c."proofPointId" ${where}`;
  const total = counted[0]?.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / CLAIMS_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), pageCount);
  if (total === 0) return { rows: [], total, page, pageCount, pageSize: CLAIMS_PAGE_SIZE };

  const ids = (
    await db.$queryRaw<{ id: string }[]>`
      SELECT c.id FROM claims c JOIN proof_points p ON p.id = c."proofPointId" ${where}
      ${claimOrderSql(options.q)} LIMIT ${CLAIMS_PAGE_SIZE} OFFSET ${(page - 1) * CLAIMS_PAGE_SIZE}`
  ).map((row) => row.id);

  const [claims, matches] = await Promise.all([
    db.claim.findMany({
      where: { id: { in: ids } },
      select: {
        ...claimRecordSelect,
        proofPoint: { select: { key: true, title: true } },
        evidence: { where: { deletedAt: null }, select: publicEvidenceSelect },
        _count: { select: { proposals: { where: { state: "pending" } } } },
      },
    }),
    options.q && ids.length > 0 ? db.$queryRaw<EvidenceMatchRow[]>(evidenceMatchesSql(ids, options.q)) : Promise.resolve([]),
  ]);

  const byId = new Map(claims.map((claim) => [claim.id, claim]));
  const rows = ids.flatMap((id) => {
    const claim = byId.get(id);
    if (!claim) return [];
    const evidence = claim.evidence.map(toPublicEvidence);
    return [
      {
        ...claimSummary(claim, now),
        proofPoint: claim.proofPoint,
        evidenceCount: evidence.length,
        pendingProposals: claim._count.proposals,
        verdict: balanceOf(evidence).verdict,
        matches: matches.filter((match) => match.claimId === id).map(({ id: matchId, title, snippet }) => ({ id: matchId, title, snippet })),
      },
    ];
  });
  return { rows, total, page, pageCount, pageSize: CLAIMS_PAGE_SIZE };
}
