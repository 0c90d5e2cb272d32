// The context of one public request, shared between the page server that caches rendered
// responses (scripts/lib/page-server/) and the data cache below it, through one
// AsyncLocalStorage on globalThis (Next.js bundles this module more than once, and the page
// server is plain JavaScript outside the bundle). The data cache adds the tags of every
// value a render reads, so the rendered page is tagged with exactly the trackers it shows;
// `requireFresh` says whether the request may be answered from stale data while a reload
// runs (anonymous readers) or must wait for fresh data (signed-in writers, and everything
// outside a request: tests, scripts, server actions).
import { AsyncLocalStorage } from "node:async_hooks";

export type PublicRenderContext = {
  /** Tags of every cached value the request read (tracker:<id>, site). */
  tags: Set<string>;
  /** False: a stale value may be served while it is refreshed in the background. */
  requireFresh: boolean;
  /** SQL statements the request ran (counted by lib/db/client.ts). */
  statements: number;
  /**
   * Set when a read bypassed the data cache because invalidations could be missed (the
   * cache is not listening yet, or lost its connection). Such a read has no tags, so a page
   * built on it could never be invalidated: the page server must not keep it.
   */
  uncached?: boolean;
};

const KEY = Symbol.for("proofboard.publicRenderContext");
const holder = globalThis as unknown as { [KEY]?: AsyncLocalStorage<PublicRenderContext> };

export function renderContextStorage(): AsyncLocalStorage<PublicRenderContext> {
  holder[KEY] ??= new AsyncLocalStorage<PublicRenderContext>();
  return holder[KEY];
}

export function currentRenderContext(): PublicRenderContext | undefined {
  return holder[KEY]?.getStore();
}
