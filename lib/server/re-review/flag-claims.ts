import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordDomainEvent } from "@/lib/server/events/record-domain-event";

// Several causes can pile up before a reviewer looks; the reason stays readable.
const MAX_REASON_LENGTH = 1000;

/**
 * Marks claims "needs re-review": their status stands, but something it rests on changed
 * without review. The first date is kept; later reasons are appended. Only an approved
 * confirmation or change (approve-proposal.ts) clears the flag.
 */
export async function flagClaimsForReReview(
  tx: Prisma.TransactionClient,
  actor: Actor,
  claimIds: readonly string[],
  reason: string,
  at: Date,
): Promise<string[]> {
  const ids = [...new Set(claimIds)].sort();
  for (const id of ids) {
    const [before] = await tx.$queryRaw<{ reReviewReason: string | null; reReviewSince: Date | null }[]>`
      SELECT "reReviewReason", "reReviewSince" FROM claims WHERE id = ${id} FOR UPDATE`;
    if (!before) continue;
    const reasons = before.reReviewReason ? before.reReviewReason.split("; ") : [];
    const nextReason = reasons.includes(reason) ? before.reReviewReason! : [...reasons, reason].join("; ").slice(0, MAX_REASON_LENGTH);
    const since = before.reReviewSince ?? at;
    await tx.claim.update({ where: { id }, data: { reReviewReason: nextReason, reReviewSince: since } });
    await recordAuditEvent(tx, {
      actor,
      action: "claim.flag-re-review",
      entityType: "Claim",
      entityId: id,
      before: { reReviewReason: before.reReviewReason, reReviewSince: before.reReviewSince },
      after: { reReviewReason: nextReason, reReviewSince: since },
    });
    await recordDomainEvent(tx, { kind: "claim.re-review-flagged", actor, subjectType: "Claim", subjectId: id, claimId: id, occurredAt: at, data: { reason, reReviewSince: since } });
  }
  return ids;
}

/** Claims whose current approved status (their newest status change) cites any of these items. */
export async function claimsRestingOnEvidence(tx: Prisma.TransactionClient, evidenceIds: readonly string[]): Promise<string[]> {
  if (evidenceIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT latest."claimId" AS id
    FROM (
      SELECT DISTINCT ON (sc."claimId") sc."claimId", sc."proposalId"
      FROM status_changes sc
      WHERE sc."claimId" IN (SELECT e."claimId" FROM evidence e WHERE e.id IN (${Prisma.join(evidenceIds)}))
      ORDER BY sc."claimId", sc."createdAt" DESC, sc.id DESC
    ) latest
    JOIN proposal_citations pc ON pc."proposalId" = latest."proposalId"
    WHERE pc."evidenceId" IN (${Prisma.join(evidenceIds)})`;
  return rows.map((row) => row.id);
}

/** Claims whose current approved status cites a live item from this source. */
export async function claimsRestingOnSource(tx: Prisma.TransactionClient, sourceId: string): Promise<string[]> {
  const items = await tx.evidence.findMany({ where: { sourceId, deletedAt: null }, select: { id: true } });
  return claimsRestingOnEvidence(tx, items.map((item) => item.id));
}

/** Claims with an approved status (any status change at all). */
export async function claimsWithApprovedStatus(tx: Prisma.TransactionClient, claimIds: readonly string[]): Promise<string[]> {
  if (claimIds.length === 0) return [];
  const rows = await tx.statusChange.findMany({ where: { claimId: { in: [...claimIds] } }, distinct: ["claimId"], select: { claimId: true } });
  return rows.map((row) => row.claimId);
}
