import "server-only";
// Keeps ClaimEvidenceTally equal to a count of the claim's live evidence. Every command that
// adds, withdraws or edits an item calls this inside its transaction, so the tally commits
// with the write or not at all. It recounts rather than adds one: a recount cannot drift.
// The tally row is locked before counting, so two writers on one claim take turns; the
// second counts after the first has committed (READ COMMITTED reads anew per statement)
// and sees both items.
import type { Prisma } from "@/generated/prisma/client";

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
}
