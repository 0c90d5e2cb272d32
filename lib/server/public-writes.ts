import "server-only";
// What a write changed for readers, and the one thing that happens once it has committed.
// Every command runs in inTransaction(work) (lib/server/transaction.ts), whose `work` gets
// a `touch` next to `tx`: a command that writes anything a reader can see calls
// touch.claim(id), touch.tracker(id) or touch.source(id) for what it changed. Before the
// transaction commits, the touched claims and sources are resolved to their trackers (in
// the same transaction, so they read what the write wrote); after it commits,
// announcePublicWrite() invalidates those trackers' cached data and rendered pages in this
// process and, through PostgreSQL NOTIFY, in every other instance. Server actions, scripts,
// the seed and background workers all reach the database through commands, so none of them
// can forget it; a process that writes outside a command calls announcePublicWrite itself.
// tests/integration/public-writes.test.ts runs every command in COMMANDS and fails for one
// that changes a public table without touching what it changed.
import type { Prisma } from "@/generated/prisma/client";
import { invalidatePublicData } from "./public/cache";

/** The trackers a committed write changed (claims and sources already resolved to them). */
export type PublicWrite = { trackerIds: readonly string[]; claimIds: readonly string[] };

export type Touch = {
  tracker(trackerId: string): void;
  claim(claimId: string): void;
  /** A source's grade or name shows on every claim citing it, in any tracker. */
  source(sourceId: string): void;
};

export class TouchedSet {
  private readonly trackers = new Set<string>();
  private readonly claims = new Set<string>();
  private readonly sources = new Set<string>();

  readonly touch: Touch = {
    tracker: (id) => void this.trackers.add(id),
    claim: (id) => void this.claims.add(id),
    source: (id) => void this.sources.add(id),
  };

  get isEmpty(): boolean {
    return this.trackers.size + this.claims.size + this.sources.size === 0;
  }

  /** Resolves claims and sources to trackers inside the transaction; at most two queries. */
  async resolve(tx: Prisma.TransactionClient): Promise<PublicWrite> {
    const trackerIds = new Set(this.trackers);
    if (this.claims.size > 0) {
      const claims = await tx.claim.findMany({ where: { id: { in: [...this.claims] } }, select: { proofPoint: { select: { trackerId: true } } } });
      for (const claim of claims) trackerIds.add(claim.proofPoint.trackerId);
    }
    if (this.sources.size > 0) {
      const rows = await tx.proofPoint.findMany({
        where: { claims: { some: { evidence: { some: { sourceId: { in: [...this.sources] } } } } } },
        select: { trackerId: true },
        distinct: ["trackerId"],
      });
      for (const row of rows) trackerIds.add(row.trackerId);
    }
    return { trackerIds: [...trackerIds].sort(), claimIds: [...this.claims].sort() };
  }
}

type Listener = (write: PublicWrite) => void;
const LISTENERS_KEY = Symbol.for("proofboard.publicWriteListeners");
const holder = globalThis as unknown as { [LISTENERS_KEY]?: Set<Listener> };
const listeners = (holder[LISTENERS_KEY] ??= new Set());

/**
 * After a committed write that changed what readers see: invalidates exactly those
 * trackers (their data, their rendered pages and the site-wide pages) here and in every
 * other instance. inTransaction calls it for commands; call it yourself only for a write
 * made outside a command (a bulk SQL load).
 */
export async function announcePublicWrite(write: PublicWrite): Promise<void> {
  if (write.trackerIds.length === 0) return;
  for (const listener of listeners) listener(write);
  await invalidatePublicData(write.trackerIds);
}

/** Observes every announced write (tests, diagnostics); returns the unsubscribe. */
export function onPublicWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
