import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";

// Commands wait for row locks held by concurrent approvals; the defaults (2 s to get
// a connection, 5 s to finish) are too tight for a burst of simultaneous reviewers.
const OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

export function inTransaction<T>(work: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return getDb().$transaction(work, OPTIONS);
}

/** Optional inputs every command accepts; `now` lets demo data and tests set the clock. */
export type CommandContext = { now?: Date };

/**
 * The one moment a command stamps on what it writes: the caller's `context.now`, else the
 * database clock. Read it inside the transaction after taking the locks: with several app
 * instances, history order then follows commit order even if the servers' clocks disagree.
 */
export async function commandNow(tx: Prisma.TransactionClient, context: CommandContext): Promise<Date> {
  if (context.now) return context.now;
  const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return row!.now;
}
