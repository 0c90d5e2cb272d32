import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { ZUserIdInput } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction } from "@/lib/server/transaction";
import { assertAnotherActiveAdmin } from "./admin-guard";

/**
 * Deactivation blocks sign-in and deletes the user's sessions in the same transaction,
 * so they are signed out at once. Their claims, evidence and reviews stay attributed.
 */
export async function deactivateUser(actor: Actor | null, input: unknown) {
  requirePermission(actor, "user:manage");
  const data = parseInput(ZUserIdInput, input);
  return inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw notFound("The user");
    if (user.deactivatedAt) throw new AppError("CONFLICT", "This account is already deactivated.");
    if (user.roles.includes("admin")) await assertAnotherActiveAdmin(tx, user.id);
    const updated = await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    const { count } = await tx.session.deleteMany({ where: { userId: user.id } });
    await recordAuditEvent(tx, {
      actor,
      action: "user.deactivate",
      entityType: "User",
      entityId: user.id,
      before: { deactivatedAt: null },
      after: { deactivatedAt: updated.deactivatedAt, sessionsEnded: count },
    });
    return updated;
  });
}

export async function reactivateUser(actor: Actor | null, input: unknown) {
  requirePermission(actor, "user:manage");
  const data = parseInput(ZUserIdInput, input);
  return inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw notFound("The user");
    if (!user.deactivatedAt) throw new AppError("CONFLICT", "This account is already active.");
    const updated = await tx.user.update({ where: { id: user.id }, data: { deactivatedAt: null } });
    await recordAuditEvent(tx, {
      actor,
      action: "user.reactivate",
      entityType: "User",
      entityId: user.id,
      before: { deactivatedAt: user.deactivatedAt },
      after: { deactivatedAt: null },
    });
    return updated;
  });
}
