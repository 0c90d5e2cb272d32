import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { proofPointEditedSummary } from "@/lib/domain/checklist-history";
import { ZUpdateProofPointInput } from "@/lib/validation/tracker";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { recordChecklistChange } from "./checklist-change";
import { assertNotArchived, lockProofPoint } from "./tracker-lock";

/** Edits a proof point's title and question; its key stays, so public links keep working. */
export async function updateProofPoint(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  requirePermission(actor, "tracker:manage");
  const { proofPointId, title, question } = parseInput(ZUpdateProofPointInput, input);
  const at = context.now ?? new Date();
  return inTransaction(async (tx, touch) => {
    const { tracker, proofPoint: before } = await lockProofPoint(tx, proofPointId);
    touch.tracker(tracker.id);
    assertNotArchived(tracker);
    const summary = proofPointEditedSummary([before.title, title], before.question !== question);
    if (!summary) return { proofPoint: before, changed: false };
    const proofPoint = await tx.proofPoint.update({ where: { id: proofPointId }, data: { title, question, updatedAt: at } });
    await recordChecklistChange(tx, { trackerId: tracker.id, kind: "proof_point_edited", summary, actor, at, proofPointId });
    await recordAuditEvent(tx, {
      actor,
      action: "proof-point.update",
      entityType: "ProofPoint",
      entityId: proofPointId,
      before: { title: before.title, question: before.question },
      after: { title, question },
    });
    return { proofPoint, changed: true };
  });
}
