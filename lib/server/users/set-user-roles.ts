import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { ZSetUserRolesInput } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction } from "@/lib/server/transaction";
import { assertAnotherActiveAdmin } from "./admin-guard";

export async function setUserRoles(actor: Actor | null, input: unknown) {
  requirePermission(actor, "user:manage");
  const data = parseInput(ZSetUserRolesInput, input);
  return inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: data.userId } });
    if (!user) throw notFound("The user");
    if (user.roles.includes("admin") && !data.roles.includes("admin") && !user.deactivatedAt) {
      await assertAnotherActiveAdmin(tx, user.id);
    }
    const updated = await tx.user.update({ where: { id: user.id }, data: { roles: data.roles } });
    await recordAuditEvent(tx, {
      actor,
      action: "user.set-roles",
      entityType: "User",
      entityId: user.id,
      before: { roles: user.roles },
      after: { roles: updated.roles },
    });
    return updated;
  });
}
