import "server-only";
// Keeps ClaimEvidenceTally equal to a count of the claim's live evidence. Every command that
// adds, withdraws or edits an item, or links or unlinks its provenance, calls this inside its
// transaction, so the tally commits with the write or not at all. It recounts rather than adds
// one: a recount cannot drift. The tally row is locked before counting, so two writers on one
// claim take turns; the second counts after the first has committed (READ COMMITTED reads
// anew per statement) and sees both items.
import type { Prisma } from "@/generated/prisma/client";
import { countOriginsByStance, type ProvenanceEdge } from "@/lib/domain/independent-origins";
import type { Stance } from "@/lib/domain/stance";
import { toEdge } from "@/lib/server/read/provenance";

export async function refreshEvidenceTally(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO claim_evidence_tallies ("claimId") VALUES (${claimId})
    ON CONFLICT ("claimId") DO UPDATE SET live = claim_evidence_tallies.live`;
  await tx.$executeRaw`
    UPDATE claim_evidence_tallies t SET
      live = counts.live, supports = counts.supports, refutes = counts.refutes, context = counts.context
    FROM (
      SELECT count(*)::int AS live,
             count(*) FILTER (WHERE stance = 'supports')::int AS supports,
             count(*) FILTER (WHERE stance = 'refutes')::int AS refutes,
             count(*) FILTER (WHERE stance = 'context')::int AS context
      FROM evidence WHERE "claimId" = ${claimId} AND "deletedAt" IS NULL
    ) counts
    WHERE t."claimId" = ${claimId}`;
  await refreshOriginCounts(tx, claimId);
}

// The independent origins per stance (lib/domain/independent-origins.ts) over the claim's
// live items and live links. A link through a withdrawn item still joins what it joined:
// the outlet still copied the wire story, whether or not its item is still listed.
async function refreshOriginCounts(tx: Prisma.TransactionClient, claimId: string): Promise<void> {
  const items = await tx.$queryRaw<{ id: string; stance: Stance }[]>`
    SELECT id, stance::text AS stance FROM evidence WHERE "claimId" = ${claimId} AND "deletedAt" IS NULL`;
  const links = await tx.$queryRaw<{ evidenceId: string; parentEvidenceId: string | null; originId: string | null }[]>`
    SELECT "evidenceId", "parentEvidenceId", "originId" FROM provenance_links WHERE "claimId" = ${claimId} AND "removedAt" IS NULL`;
  const edges = links.map(toEdge).filter((edge): edge is ProvenanceEdge => edge !== null);
  const counts = countOriginsByStance(items, edges);
  await tx.$executeRaw`
    UPDATE claim_evidence_tallies SET
      "supportOrigins" = ${counts.supports}, "refuteOrigins" = ${counts.refutes}, "contextOrigins" = ${counts.context}
    WHERE "claimId" = ${claimId}`;
}
