import "server-only";
import { hashPassword, verifyPassword } from "better-auth/crypto";
import { requireSignedIn, type Actor } from "@/lib/auth/actor";
import { invalidField } from "@/lib/errors/app-error";
import { ZChangeOwnPasswordInput } from "@/lib/validation/user";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction } from "@/lib/server/transaction";

/**
 * Any signed-in user changes their own password after proving the current one.
 * Other sessions end; `keepSessionToken` (the caller's own session) stays.
 */
export async function changeOwnPassword(actor: Actor | null, input: unknown, options: { keepSessionToken?: string } = {}) {
  const self = requireSignedIn(actor);
  const data = parseInput(ZChangeOwnPasswordInput, input);
  return inTransaction(async (tx) => {
    const account = await tx.account.findFirst({ where: { userId: self.id, providerId: "credential" } });
    if (!account?.password || !(await verifyPassword({ hash: account.password, password: data.currentPassword }))) {
      throw invalidField("currentPassword", "is not your current password");
    }
    await tx.account.update({ where: { id: account.id }, data: { password: await hashPassword(data.newPassword) } });
    const { count } = await tx.session.deleteMany({
      where: { userId: self.id, ...(options.keepSessionToken ? { token: { not: options.keepSessionToken } } : {}) },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "user.change-password",
      entityType: "User",
      entityId: self.id,
      after: { otherSessionsEnded: count },
    });
    return { otherSessionsEnded: count };
  });
}
