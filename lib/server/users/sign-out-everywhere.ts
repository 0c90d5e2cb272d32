import "server-only";
import { requirePermission, requireSignedIn, type Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction } from "@/lib/server/transaction";
import { parseInput } from "@/lib/validation/parse";
import { ZSignOutEverywhereInput } from "@/lib/validation/user";

/**
 * Ends every session of a user at once: one's own (a lost laptop), or, for admins,
 * anyone's. Sessions are read on every request, so the next request is signed out.
 */
export async function signOutEverywhere(actor: Actor | null, input: unknown) {
  const self = requireSignedIn(actor);
  const data = parseInput(ZSignOutEverywhereInput, input);
  const userId = data.userId ?? self.id;
  if (userId !== self.id) requirePermission(actor, "user:manage");
  return inTransaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw notFound("The user");
    const { count } = await tx.session.deleteMany({ where: { userId } });
    await recordAuditEvent(tx, { actor, action: "user.sign-out-everywhere", entityType: "User", entityId: userId, after: { sessionsEnded: count } });
    return { userId, sessionsEnded: count };
  });
}
