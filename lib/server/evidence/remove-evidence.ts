import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZRemoveEvidenceInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordDomainEvent } from "@/lib/server/events/record-domain-event";
import { RE_REVIEW_REASONS } from "@/lib/domain/re-review";
import { databaseNow } from "@/lib/server/database-clock";
import { claimsRestingOnEvidence, flagClaimsForReReview } from "@/lib/server/re-review/flag-claims";
import { refreshEvidenceTally } from "./evidence-tally";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { lockLiveEvidence } from "./lock-evidence";

/**
 * Withdraws an evidence item: a soft delete. The row, its citations in past status changes
 * and its audit trail stay; it leaves the public page and the evidence balance at once.
 * The claim's status stays, but if its current approval cited the item, the claim is
 * flagged "needs re-review" until a second person confirms or changes it.
 */
export async function removeEvidence(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "evidence:delete");
  const data = parseInput(ZRemoveEvidenceInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await lockLiveEvidence(tx, data.evidenceId);
    const at = context.now ?? (await databaseNow(tx));
    touch.claim(before.claimId);
    const evidence = await tx.evidence.update({
      where: { id: before.id },
      data: { deletedAt: at, deletedById: acting.id },
    });
    await refreshEvidenceTally(tx, before.claimId);
    const resting = await claimsRestingOnEvidence(tx, [before.id]);
    const flaggedClaimIds = await flagClaimsForReReview(tx, acting, resting, RE_REVIEW_REASONS.evidenceRemoved(before.title), at);
    await recordAuditEvent(tx, {
      actor,
      action: "evidence.remove",
      entityType: "Evidence",
      entityId: evidence.id,
      before: { deletedAt: null },
      after: { deletedAt: evidence.deletedAt, reason: data.reason || null },
    });
    await recordDomainEvent(tx, {
      kind: "evidence.removed",
      actor: acting,
      subjectType: "Evidence",
      subjectId: evidence.id,
      claimId: before.claimId,
      occurredAt: at,
      data: { evidence: { id: evidence.id, title: before.title, url: evidence.url, stance: evidence.stance }, reason: data.reason || null },
    });
    return { ...evidence, flaggedClaimIds };
  });
}
