import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/**
 * The database clock, read after the command's locks: with several app instances, the
 * order of history rows then follows commit order even if the servers' clocks disagree.
 */
export async function databaseNow(tx: Prisma.TransactionClient): Promise<Date> {
  const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return row!.now;
}
