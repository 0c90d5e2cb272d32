import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { reorderedSummary } from "@/lib/domain/checklist-history";
import { invalidField } from "@/lib/errors/app-error";
import { ZReorderProofPointsInput } from "@/lib/validation/tracker";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { recordChecklistChange } from "./checklist-change";
import { assertNotArchived, lockTracker } from "./tracker-lock";

/**
 * Puts the active proof points in the given order; retired ones follow, in their old
 * order. `order` must list every active proof point exactly once: a list made from an
 * out-of-date page (someone added or retired a point meanwhile) is refused, not guessed at.
 */
export async function reorderProofPoints(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  requirePermission(actor, "tracker:manage");
  const { trackerId, order } = parseInput(ZReorderProofPointsInput, input);
  const at = context.now ?? new Date();
  return inTransaction(async (tx, touch) => {
    const tracker = await lockTracker(tx, trackerId);
    touch.tracker(trackerId);
    assertNotArchived(tracker);
    const points = await tx.proofPoint.findMany({
      where: { trackerId },
      orderBy: [{ position: "asc" }, { key: "asc" }],
      select: { id: true, title: true, retiredAt: true },
    });
    const active = points.filter((point) => !point.retiredAt);
    const activeIds = new Set(active.map((point) => point.id));
    if (order.length !== active.length || new Set(order).size !== order.length || !order.every((id) => activeIds.has(id))) {
      throw invalidField("order", "must list each active proof point of this tracker exactly once; reload the page, the checklist may have changed");
    }
    if (order.every((id, index) => active[index]!.id === id)) return { changed: false };

    const retired = points.filter((point) => point.retiredAt).map((point) => point.id);
    const positions = [...order, ...retired];
    for (const [position, id] of positions.entries()) {
      await tx.proofPoint.update({ where: { id }, data: { position, updatedAt: at } });
    }
    const titles = order.map((id) => active.find((point) => point.id === id)!.title);
    await recordChecklistChange(tx, { trackerId, kind: "proof_points_reordered", summary: reorderedSummary(titles), actor, at });
    await recordAuditEvent(tx, {
      actor,
      action: "proof-point.reorder",
      entityType: "Tracker",
      entityId: trackerId,
      before: { order: active.map((point) => point.id) },
      after: { order },
    });
    return { changed: true };
  });
}
