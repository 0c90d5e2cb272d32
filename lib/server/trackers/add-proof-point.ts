import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { proofPointAddedSummary } from "@/lib/domain/checklist-history";
import { invalidField } from "@/lib/errors/app-error";
import { ZAddProofPointInput } from "@/lib/validation/tracker";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { recordChecklistChange } from "./checklist-change";
import { appendCriteriaVersion } from "./criteria-version";
import { assertNotArchived, lockTracker } from "./tracker-lock";

/**
 * Adds a proof point at the end of the checklist, with its first resolution criteria.
 * Its key names it in public URLs (/trackers/<slug>/points/<key>) and never changes.
 */
export async function addProofPoint(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const user = requirePermission(actor, "tracker:manage");
  const { trackerId, key, title, question, ...criteria } = parseInput(ZAddProofPointInput, input);
  const at = context.now ?? new Date();
  return inTransaction(async (tx, touch) => {
    const tracker = await lockTracker(tx, trackerId);
    touch.tracker(trackerId);
    assertNotArchived(tracker);
    // Retired points keep their keys: a key once used always means the same box.
    if (await tx.proofPoint.findUnique({ where: { trackerId_key: { trackerId, key } }, select: { id: true } })) {
      throw invalidField("key", "is already used by another proof point of this tracker");
    }
    const last = await tx.proofPoint.findFirst({ where: { trackerId }, orderBy: { position: "desc" }, select: { position: true } });
    const proofPoint = await tx.proofPoint.create({
      data: { trackerId, key, title, question, position: (last?.position ?? -1) + 1, createdAt: at, updatedAt: at },
    });
    const version = await appendCriteriaVersion(tx, user, proofPoint.id, criteria, at);
    await recordChecklistChange(tx, {
      trackerId,
      kind: "proof_point_added",
      summary: proofPointAddedSummary(title),
      actor,
      at,
      proofPointId: proofPoint.id,
      criteriaId: version.id,
    });
    await recordAuditEvent(tx, { actor, action: "proof-point.add", entityType: "ProofPoint", entityId: proofPoint.id, after: { ...proofPoint, criteria: version } });
    return { ...proofPoint, criteria: version };
  });
}
