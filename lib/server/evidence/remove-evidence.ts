import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZRemoveEvidenceInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { lockLiveEvidence } from "./lock-evidence";

/**
 * Withdraws an evidence item: a soft delete. The row, its citations in past status changes
 * and its audit trail stay; it leaves the public page and the evidence balance at once.
 */
export async function removeEvidence(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  requirePermission(actor, "evidence:delete");
  const data = parseInput(ZRemoveEvidenceInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await lockLiveEvidence(tx, data.evidenceId);
    touch.claim(before.claimId);
    const evidence = await tx.evidence.update({
      where: { id: before.id },
      data: { deletedAt: context.now ?? new Date(), deletedById: actor!.id },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "evidence.remove",
      entityType: "Evidence",
      entityId: evidence.id,
      before: { deletedAt: null },
      after: { deletedAt: evidence.deletedAt, reason: data.reason || null },
    });
    return evidence;
  });
}
