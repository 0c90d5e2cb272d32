import "server-only";
// Admins see which sign-ins are being slowed down (an attack, or a user who forgot their
// password) and can lift a throttle, for example once they have confirmed who is asking.
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { SIGN_IN_LIMITS } from "@/lib/auth/rate-limit";
import { getDb } from "@/lib/db/client";
import { notFound } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction } from "@/lib/server/transaction";
import { parseInput } from "@/lib/validation/parse";
import { ZClearSignInThrottleInput } from "@/lib/validation/sign-in-throttle";

export type SignInThrottleRow = {
  scope: "pair" | "account";
  accountKey: string;
  ip: string;
  failures: number;
  blockedUntil: Date;
  lastFailedAt: Date;
  /** True while attempts are being refused. */
  active: boolean;
};

/** Throttles with failures in the remembered window, the ones refusing attempts first. */
export async function listSignInThrottles(actor: Actor | null, now = new Date()): Promise<SignInThrottleRow[]> {
  requirePermission(actor, "user:manage");
  const rows = await getDb().signInThrottle.findMany({
    where: { failures: { gt: 0 }, lastFailedAt: { gt: new Date(now.getTime() - SIGN_IN_LIMITS.forgetAfterSeconds * 1000) } },
    orderBy: [{ blockedUntil: "desc" }, { lastFailedAt: "desc" }],
    take: 200,
  });
  return rows.map((row) => ({ ...row, scope: row.scope as SignInThrottleRow["scope"], active: row.blockedUntil > now }));
}

/** Forgets one throttle's failures: the next attempt is checked at once. */
export async function clearSignInThrottle(actor: Actor | null, input: unknown) {
  requirePermission(actor, "user:manage");
  const data = parseInput(ZClearSignInThrottleInput, input);
  return inTransaction(async (tx) => {
    const key = { scope: data.scope, accountKey: data.accountKey, ip: data.scope === "account" ? "" : data.ip };
    const row = await tx.signInThrottle.findUnique({ where: { scope_accountKey_ip: key } });
    if (!row) throw notFound("The throttle");
    await tx.signInThrottle.delete({ where: { scope_accountKey_ip: key } });
    await recordAuditEvent(tx, {
      actor,
      action: "sign-in-throttle.clear",
      entityType: "SignInThrottle",
      entityId: `${key.scope}:${key.accountKey}${key.ip ? `@${key.ip}` : ""}`,
      before: { failures: row.failures, blockedUntil: row.blockedUntil },
    });
    return { cleared: key };
  });
}
