import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordBoxStates } from "@/lib/server/box-states/record-box-states";
import { proofPointRestoredSummary, proofPointRetiredSummary } from "@/lib/domain/checklist-history";
import { AppError } from "@/lib/errors/app-error";
import { ZProofPointIdInput } from "@/lib/validation/tracker";
import type { CommandContext } from "@/lib/server/transaction";
import { assertNotArchived, lockProofPoint } from "./tracker-lock";
import { recordSwitch, runSwitchCommand } from "./tracker-switch";

/**
 * Retires a proof point: it leaves the checklist and the "N of M" headline, takes no new
 * claims, and keeps its claims, evidence, criteria and history, all still public.
 */
export async function retireProofPoint(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  return setRetired(actor, input, true, context);
}

/** Puts a retired proof point back on the checklist, where it counts again. */
export async function restoreProofPoint(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  return setRetired(actor, input, false, context);
}

async function setRetired(actor: Actor | null, input: unknown, retire: boolean, context: CommandContext) {
  return runSwitchCommand(actor, ZProofPointIdInput, input, context, async (frame) => {
    const { tx, at, touch } = frame;
    const { proofPointId } = frame.input;
    const { tracker, proofPoint: before } = await lockProofPoint(tx, proofPointId);
    touch.tracker(tracker.id);
    assertNotArchived(tracker);
    if (retire === Boolean(before.retiredAt)) {
      throw new AppError("CONFLICT", retire ? "This proof point is already retired." : "This proof point is not retired.");
    }
    if (retire && tracker.published) {
      const others = await tx.proofPoint.count({ where: { trackerId: tracker.id, retiredAt: null, id: { not: proofPointId } } });
      if (others === 0) {
        throw new AppError("CONFLICT", "This is the last active proof point of a published tracker: add another one or unpublish the tracker first.");
      }
    }
    const proofPoint = await tx.proofPoint.update({ where: { id: proofPointId }, data: { retiredAt: retire ? at : null, updatedAt: at } });
    // The box leaves (or rejoins) the headline count: the tick chart's series records it.
    await recordBoxStates(tx, [proofPointId], { at, cause: retire ? "retired" : "restored" });
    await recordSwitch(
      frame,
      {
        trackerId: tracker.id,
        kind: retire ? "proof_point_retired" : "proof_point_restored",
        summary: retire ? proofPointRetiredSummary(before.title) : proofPointRestoredSummary(before.title),
        proofPointId,
      },
      {
        action: retire ? "proof-point.retire" : "proof-point.restore",
        entityType: "ProofPoint",
        entityId: proofPointId,
        before: { retiredAt: before.retiredAt },
        after: { retiredAt: proofPoint.retiredAt },
      },
    );
    return proofPoint;
  });
}
