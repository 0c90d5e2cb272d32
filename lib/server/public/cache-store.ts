import "server-only";
// The in-process store behind the public cache (cache.ts is its public face; see
// docs/decisions/0007-public-data-cache.md). Entries are tagged with the trackers whose
// data they hold; dropping a tracker drops those entries and every site-wide one.
// Misses (null: unknown or unpublished) are never stored, so publishing a tracker needs
// no special case and unknown ids cannot fill the cache.

/** Bounds staleness from writes that forget to invalidate, and from other app instances. */
export const PUBLIC_CACHE_TTL_MS = 5 * 60_000;
/** Least recently used entries go first past this many (keys include pagination and filters). */
export const PUBLIC_CACHE_MAX_ENTRIES = 1_000;

/** Entries built from more than one tracker (the tracker list, the site feed). */
export const SITE_TAG = "site";
export const trackerTag = (trackerId: string) => `tracker:${trackerId}`;

type Entry = {
  value: Promise<unknown>;
  /** null while loading: an invalidation then drops the entry, whatever it will hold. */
  tags: ReadonlySet<string> | null;
  expiresAt: number;
};

type Store = { entries: Map<string, Entry>; generation: number; hits: number; misses: number };

// On globalThis: Next.js may load this module once per route bundle (pages, route
// handlers, server actions); they must share one store or an approval made through a
// server action would not clear what an API route cached. Also survives dev reloads.
const STORE_KEY = Symbol.for("proofboard.publicCache");
const globalStore = globalThis as unknown as { [STORE_KEY]?: Store };

function store(): Store {
  globalStore[STORE_KEY] ??= { entries: new Map(), generation: 0, hits: 0, misses: 0 };
  return globalStore[STORE_KEY];
}

/**
 * Returns the cached value for `key`, or runs `load` once (concurrent callers share it).
 * The value is shared by every caller until invalidated: treat it as read-only.
 */
export function readThrough<T>(
  key: string,
  load: () => Promise<T | null>,
  tagsOf: (value: T) => readonly string[],
): Promise<T | null> {
  const s = store();
  const now = Date.now();
  const hit = s.entries.get(key);
  if (hit && hit.expiresAt > now) {
    s.hits += 1;
    // Re-inserting moves the key to the end of the Map's order: least recently used first.
    s.entries.delete(key);
    s.entries.set(key, hit);
    return hit.value as Promise<T | null>;
  }
  s.misses += 1;
  const generation = s.generation;
  const entry: Entry = { value: Promise.resolve(null), tags: null, expiresAt: now + PUBLIC_CACHE_TTL_MS };
  const forget = () => {
    if (s.entries.get(key) === entry) s.entries.delete(key);
  };
  const value = load().then(
    (result) => {
      // A load that overlapped an invalidation may have read the rows from before it.
      if (result === null || s.generation !== generation) forget();
      else entry.tags = new Set(tagsOf(result));
      return result;
    },
    (error: unknown) => {
      forget();
      throw error;
    },
  );
  entry.value = value;
  s.entries.set(key, entry);
  while (s.entries.size > PUBLIC_CACHE_MAX_ENTRIES) {
    const oldest = s.entries.keys().next().value;
    if (oldest === undefined) break;
    s.entries.delete(oldest);
  }
  return value;
}

/** Drops a tracker's entries and the site-wide ones; everything without a tracker id. */
export function dropEntries(trackerId?: string): void {
  const s = store();
  s.generation += 1;
  const tag = trackerId === undefined ? null : trackerTag(trackerId);
  for (const [key, entry] of s.entries) {
    const drop = tag === null || entry.tags === null || entry.tags.has(SITE_TAG) || entry.tags.has(tag);
    if (drop) s.entries.delete(key);
  }
}

/** Counters for tests and diagnostics. */
export function publicCacheStats(): { hits: number; misses: number; size: number } {
  const s = store();
  return { hits: s.hits, misses: s.misses, size: s.entries.size };
}
