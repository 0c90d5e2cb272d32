import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { criteriaChangedSummary } from "@/lib/domain/checklist-history";
import { sameCriteria } from "@/lib/domain/criteria";
import { AppError } from "@/lib/errors/app-error";
import { ZSetProofPointCriteriaInput } from "@/lib/validation/tracker";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { recordChecklistChange } from "./checklist-change";
import { appendCriteriaVersion, currentCriteria } from "./criteria-version";
import { assertNotArchived, lockProofPoint } from "./tracker-lock";

/**
 * Saves new resolution criteria for a proof point as its next version; earlier versions
 * stay readable, with a diff, on the public proof-point page. Claim statuses and the
 * box's state are left alone: the change goes into the tracker's public history, and
 * reviewers re-judge claims against the new bar through ordinary proposals.
 */
export async function setProofPointCriteria(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  requirePermission(actor, "tracker:manage");
  const { proofPointId, ...criteria } = parseInput(ZSetProofPointCriteriaInput, input);
  const at = context.now ?? new Date();
  return inTransaction(async (tx, touch) => {
    const { tracker, proofPoint } = await lockProofPoint(tx, proofPointId);
    touch.tracker(tracker.id);
    assertNotArchived(tracker);
    const current = await currentCriteria(tx, proofPointId);
    // A version that reads the same as the last would add noise to the public history.
    if (current && sameCriteria(current, criteria)) {
      const message = `Nothing changed: these criteria read the same as version ${current.version}. Edit the criteria or threshold to save a new version.`;
      throw new AppError("INVALID_INPUT", message, { fieldErrors: { input: [message] } });
    }
    const version = await appendCriteriaVersion(tx, actor!, proofPointId, criteria, at);
    await recordChecklistChange(tx, {
      trackerId: tracker.id,
      kind: "criteria_changed",
      summary: criteriaChangedSummary(proofPoint.title, version.version),
      actor,
      at,
      proofPointId,
      criteriaId: version.id,
    });
    await recordAuditEvent(tx, {
      actor,
      action: "proof-point.set-criteria",
      entityType: "ProofPoint",
      entityId: proofPointId,
      before: current ?? undefined,
      after: version,
    });
    return version;
  });
}
