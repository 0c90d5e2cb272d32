import "server-only";
// The cache in front of every public read (pages, feeds, badge, widget, API, exports), and
// invalidatePublicData(), which every write that changes public data calls once it has
// committed. Why an in-process cache and not Next.js's unstable_cache or "use cache":
// docs/decisions/0007-public-data-cache.md and 0020. In short: it behaves the same in pages, route
// handlers, server actions, scripts and tests, invalidation is immediate, and with
// PostgreSQL LISTEN/NOTIFY (cache-sync.ts) it holds across several app instances.
import { getDb } from "@/lib/db/client";
import { dropEntries, readThrough } from "./cache-store";
import { cacheSyncAllowsCaching, publishInvalidation, startCacheSync, whenCacheSyncLive } from "./cache-sync";
import { currentRenderContext } from "./render-context";

export { PUBLIC_CACHE_MAX_ENTRIES, PUBLIC_CACHE_MISS_TTL_MS, PUBLIC_CACHE_TTL_MS, SITE_TAG, publicCacheStats, trackerTag } from "./cache-store";

// Inside the Next.js server (not in tests or scripts, which are one process each) the
// cache listens for other instances' invalidations. Next.js sets NEXT_RUNTIME there.
const IN_APP_SERVER = process.env.NEXT_RUNTIME === "nodejs";

/**
 * Starts listening for other instances' invalidations, if this is the app server, and waits
 * up to `waitMs` for it: until then no render can be kept, so the health check, which a
 * load balancer or test runner polls before sending readers, answers once pages can be
 * cached. True when caching is possible.
 */
export async function readyToCache(waitMs: number): Promise<boolean> {
  if (!IN_APP_SERVER) return true;
  startCacheSync();
  return whenCacheSyncLive(waitMs);
}

/**
 * The cached value for `key`, or `load()` once; tagged with `tagsOf(value)`. The value is
 * shared by every caller until invalidated: treat it as read-only.
 */
export function cachedPublicRead<T>(
  key: string,
  load: () => Promise<T | null>,
  tagsOf: (value: T) => readonly string[],
): Promise<T | null> {
  if (IN_APP_SERVER) startCacheSync();
  // Not listening right now means invalidations may be missed: read the database, and
  // tell the page server that a page built on this read cannot be kept.
  if (!cacheSyncAllowsCaching()) {
    const context = currentRenderContext();
    if (context) context.uncached = true;
    return load();
  }
  return readThrough(key, load, tagsOf);
}

/**
 * Drops the cached data and rendered pages of the given trackers and every site-wide
 * entry (the tracker list, the site feed); with no ids, everything. Commands do not call
 * this: inTransaction reports what they touched through announcePublicWrite
 * (lib/server/public-writes.ts), which calls it after commit. This instance's entries are
 * gone before the call returns; the promise settles once the other instances are told.
 * A failure to tell them is logged, not thrown: the write itself has succeeded, and their
 * entries expire within PUBLIC_CACHE_TTL_MS anyway.
 */
export async function invalidatePublicData(trackerIds?: string | readonly string[]): Promise<void> {
  const ids = trackerIds === undefined ? undefined : typeof trackerIds === "string" ? [trackerIds] : trackerIds;
  const pagesFresh = dropEntries(ids);
  try {
    await publishInvalidation(ids);
    // The writer returns once this instance's affected pages are re-rendered.
    await pagesFresh;
  } catch (error) {
    console.error("Could not notify other instances of a public data change:", error instanceof Error ? error.message : error);
  }
}

/**
 * invalidatePublicData for the tracker a claim belongs to, for callers that know the claim.
 * Costs one query; an unknown claim drops everything.
 */
export async function invalidatePublicDataForClaim(claimId: string): Promise<void> {
  const claim = await getDb().claim.findUnique({ where: { id: claimId }, select: { proofPoint: { select: { trackerId: true } } } });
  await invalidatePublicData(claim?.proofPoint.trackerId);
}
