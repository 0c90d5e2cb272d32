import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";

// Serializes changes that could remove the last active admin, so two admins
// demoting each other at the same moment cannot both succeed.
const LAST_ADMIN_LOCK = 72_750_002;

/** Throws unless at least one other active admin remains after `userId` loses admin rights. */
export async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LAST_ADMIN_LOCK})`;
  const others = await tx.user.count({
    where: { id: { not: userId }, deactivatedAt: null, roles: { has: "admin" } },
  });
  if (others === 0) {
    throw new AppError("CONFLICT", "This is the last active admin: make someone else an admin first.");
  }
}
