// The rendered-page cache: whole public responses (status, headers, bytes, gzip, ETag),
// tagged with the trackers their render read. Plain JavaScript: it runs in the HTTP server's
// page-cache layer (page-cache-layer.mjs), outside the Next.js bundle. The data cache (lib/server/public/cache-store.ts)
// invalidates it through globalThis, with the same tracker ids, whenever a command commits
// or another instance NOTIFYs. Invalidated entries are kept, marked stale: readers are
// served them while one re-render runs (stale-while-revalidate).
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";

export const SITE_TAG = "site";
export const trackerTag = (id) => `tracker:${id}`;
/** Bytes of cached bodies (identity + gzip) kept at most; least recently used first out. */
export const PAGE_CACHE_MAX_BYTES = 64 * 1024 * 1024;
/** A page bigger than this is served but not cached. */
export const PAGE_CACHE_MAX_ENTRY_BYTES = 4 * 1024 * 1024;

/**
 * @typedef {{ status: number, headers: Record<string, string>, body: Buffer, gzip: Buffer, etag: string,
 *   tags: Set<string>, expiresAt: number, stale: boolean, bytes: number, readAt: number }} PageEntry
 */

export class PageCache {
  constructor({ maxBytes = PAGE_CACHE_MAX_BYTES, now = () => Date.now() } = {}) {
    // Bounded by bytes: the least recently used pages leave first once the bodies pass maxBytes.
    /** @type {LRUCache<string, PageEntry>} */
    this.entries = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry) => entry.bytes });
    this.now = now;
    this.generation = 0;
    this.stats = { hits: 0, stale: 0, misses: 0 };
  }

  /** The entry and whether it is fresh; moves it to the most recently used end. */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    entry.readAt = this.now();
    return { entry, fresh: !entry.stale && entry.expiresAt > this.now() };
  }

  /** A generation number to pass to set(): a render that overlapped an invalidation is stored stale. */
  begin() {
    return this.generation;
  }

  set(key, { status, headers, body, tags, ttlMs }, startedAt = this.generation) {
    if (body.length > PAGE_CACHE_MAX_ENTRY_BYTES) return null;
    const gzip = gzipSync(body);
    const etag = `"${createHash("sha1").update(body).digest("base64url")}"`;
    const entry = {
      status,
      headers,
      body,
      gzip,
      etag,
      tags: new Set(tags),
      expiresAt: this.now() + ttlMs,
      stale: startedAt !== this.generation,
      bytes: body.length + gzip.length,
      // When a reader last asked for the page. A re-render is no reader: it keeps the time of
      // the page it replaces, so a page nobody reads does not stay "read" by its own renders.
      readAt: this.entries.peek(key)?.readAt ?? this.now(),
    };
    this.entries.set(key, entry);
    return entry;
  }

  /**
   * Of these invalidated keys (least recently used first), keeps the pages a reader asked for
   * within the last `windowMs`, at most `max` of them, the most recently used; drops the rest.
   * Returns the kept keys: the pages worth re-rendering now.
   */
  keepRecentlyRead(keys, { windowMs, max }) {
    const recent = keys.filter((key) => {
      const entry = this.entries.peek(key);
      return entry !== undefined && this.now() - entry.readAt <= windowMs;
    });
    const kept = recent.slice(Math.max(0, recent.length - max));
    const keep = new Set(kept);
    for (const key of keys) if (!keep.has(key)) this.delete(key);
    return kept;
  }

  delete(key) {
    this.entries.delete(key);
  }

  /** Bytes of the cached bodies (identity + gzip). */
  get bytes() {
    return this.entries.calculatedSize;
  }

  /**
   * Marks stale the pages of these trackers and every site-wide page (all, without ids);
   * returns their keys, least recently used first.
   */
  invalidate(trackerIds) {
    this.generation += 1;
    const tags = trackerIds ? new Set(trackerIds.map(trackerTag)) : null;
    const keys = [];
    for (const [key, entry] of this.entries.rentries()) {
      if (tags === null || entry.tags.has(SITE_TAG) || [...entry.tags].some((tag) => tags.has(tag))) {
        entry.stale = true;
        keys.push(key);
      }
    }
    return keys;
  }

  clear() {
    this.generation += 1;
    this.entries.clear();
  }
}

const HOOK_KEY = Symbol.for("proofboard.pageCache");

/**
 * Makes `cache` the one the data layer invalidates (see lib/server/public/cache-store.ts).
 * `refresh(keys)` re-renders the invalidated pages; its promise settles when they are fresh.
 */
export function registerPageCache(cache, refresh = () => Promise.resolve()) {
  globalThis[HOOK_KEY] = { invalidate: (ids) => refresh(cache.invalidate(ids)), clear: () => cache.clear() };
}
