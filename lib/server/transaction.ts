import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { announcePublicWrite, TouchedSet, type PublicWrite, type Touch } from "./public-writes";

export type { Touch };

// Commands wait for row locks held by concurrent approvals; the defaults (2 s to get
// a connection, 5 s to finish) are too tight for a burst of simultaneous reviewers.
const OPTIONS = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * Runs a command's writes in one transaction. `touch` records what readers will see
 * change (see lib/server/public-writes.ts); once the transaction has committed, exactly
 * those trackers' public caches are invalidated, in every instance. A transaction that
 * throws commits nothing and invalidates nothing.
 */
export async function inTransaction<T>(work: (tx: Prisma.TransactionClient, touch: Touch) => Promise<T>): Promise<T> {
  const touched = new TouchedSet();
  let write: PublicWrite | null = null;
  const result = await getDb().$transaction(async (tx) => {
    const value = await work(tx, touched.touch);
    if (!touched.isEmpty) write = await touched.resolve(tx);
    return value;
  }, OPTIONS);
  if (write) await announcePublicWrite(write);
  return result;
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
