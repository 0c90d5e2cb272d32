import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZRateSourceInput } from "@/lib/validation/source";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { lockSource } from "./lock-source";

/**
 * Grades a source on the Admiralty reliability scale. Appends to its rating history and
 * sets its current grade; every claim citing it is weighed with the new grade at once,
 * because balances are computed on read from the current grade.
 */
export async function rateSource(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  requirePermission(actor, "source:edit");
  const data = parseInput(ZRateSourceInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await lockSource(tx, data.sourceId);
    const ratedAt = context.now ?? new Date();
    const rating = await tx.sourceRating.create({
      data: { sourceId: before.id, reliability: data.reliability, rationale: data.rationale, ratedById: actor!.id, createdAt: ratedAt },
    });
    touch.source(before.id);
    const source = await tx.source.update({
      where: { id: before.id },
      data: { reliability: data.reliability, ratingRationale: data.rationale, ratedById: actor!.id, ratedAt },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "source.rate",
      entityType: "Source",
      entityId: source.id,
      before: { reliability: before.reliability, rationale: before.ratingRationale, ratedById: before.ratedById, ratedAt: before.ratedAt },
      after: { reliability: source.reliability, rationale: source.ratingRationale, ratedById: source.ratedById, ratedAt, ratingId: rating.id },
    });
    return { source, rating };
  });
}
