import "server-only";
import { hashPassword } from "better-auth/crypto";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";
import { invalidField } from "@/lib/errors/app-error";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/**
 * Writes a user and their email+password account the way better-auth stores them
 * (provider "credential", scrypt hash). Shared by the admin command and the
 * `npm run user:create` script; `actor` is null when run from the command line.
 */
export async function createUserRecord(
  tx: Prisma.TransactionClient,
  actor: Actor | null,
  input: { email: string; name: string; roles: Role[]; password: string },
) {
  const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw invalidField("email", "already belongs to an account");
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, roles: input.roles, emailVerified: true },
  });
  await tx.account.create({
    data: { userId: user.id, accountId: user.id, providerId: "credential", password: await hashPassword(input.password) },
  });
  await recordAuditEvent(tx, {
    actor,
    action: "user.create",
    entityType: "User",
    entityId: user.id,
    after: { email: user.email, name: user.name, roles: user.roles },
  });
  return user;
}
