import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { ZConfirmSourceGradeInput } from "@/lib/validation/source";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { databaseNow } from "@/lib/server/database-clock";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { lockSource } from "./lock-source";

/** A reviewer other than its author confirms a provisional first grade as it stands. */
export async function confirmSourceGrade(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const reviewer = requirePermission(actor, "proposal:review");
  const data = parseInput(ZConfirmSourceGradeInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await lockSource(tx, data.sourceId);
    if (!before.gradeProvisional) {
      throw new AppError("CONFLICT", "This source's grade is not provisional, so there is nothing to confirm; propose a change instead.");
    }
    if (before.ratedById === reviewer.id) {
      throw new AppError("FORBIDDEN", "You set this provisional grade: another reviewer must confirm it.");
    }
    const at = context.now ?? (await databaseNow(tx));
    const rating = await tx.sourceRating.create({
      data: {
        sourceId: before.id,
        reliability: before.reliability,
        rationale: data.note,
        ratedById: before.ratedById ?? reviewer.id,
        approvedById: reviewer.id,
        kind: "confirmed",
        createdAt: at,
      },
    });
    // Readers see the grade on the source page and in every balance that weighs it.
    touch.source(before.id);
    const source = await tx.source.update({ where: { id: before.id }, data: { gradeProvisional: false } });
    await recordAuditEvent(tx, {
      actor: reviewer,
      action: "source.confirm-grade",
      entityType: "Source",
      entityId: source.id,
      before: { gradeProvisional: true, reliability: before.reliability },
      after: { gradeProvisional: false, reliability: source.reliability, ratingId: rating.id },
    });
    return { source, rating };
  });
}
