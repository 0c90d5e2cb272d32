import "server-only";
// The in-process store behind the public cache (cache.ts is its public face; see
// docs/decisions/0020-rendered-page-cache-and-command-invalidation.md). Entries are
// tagged with the trackers whose data they hold; invalidating a tracker marks those
// entries and every site-wide one stale. A stale entry is still served to readers who may
// see it (anonymous page requests) while one reload runs in the background; everybody
// else waits for that reload. A reload that overlapped a further invalidation is stored
// but stays stale, so a steady stream of writes never leaves a key uncached.
import { LRUCache } from "lru-cache";
import { currentRenderContext } from "./render-context";

/** Bounds staleness from writes that forget to invalidate, and from other app instances. */
export const PUBLIC_CACHE_TTL_MS = 5 * 60_000;
/** Misses (unknown or unpublished) are kept this long, so unknown ids cannot cost a query each. */
export const PUBLIC_CACHE_MISS_TTL_MS = 10_000;
/** Least recently used entries go first past this many (keys include pagination and filters). */
export const PUBLIC_CACHE_MAX_ENTRIES = 1_000;

/** Entries built from more than one tracker (the tracker list, the site feed), and misses. */
export const SITE_TAG = "site";
export const trackerTag = (trackerId: string) => `tracker:${trackerId}`;

type Loaded = { value: unknown; tags: ReadonlySet<string>; startedAt: number; expiresAt: number };
type Pending = { promise: Promise<unknown>; startedAt: number };
type Slot = { current?: Loaded; pending?: Pending; invalidatedAt: number };
type Store = { slots: LRUCache<string, Slot>; generation: number; hits: number; staleHits: number; misses: number };

// On globalThis: Next.js may load this module once per route bundle (pages, route
// handlers, server actions); they must share one store or an approval made through a
// server action would not clear what an API route cached. Also survives dev reloads.
const STORE_KEY = Symbol.for("proofboard.publicCache");
const globalStore = globalThis as unknown as { [STORE_KEY]?: Store };

function store(): Store {
  globalStore[STORE_KEY] ??= { slots: new LRUCache({ max: PUBLIC_CACHE_MAX_ENTRIES }), generation: 0, hits: 0, staleHits: 0, misses: 0 };
  return globalStore[STORE_KEY];
}

/**
 * The rendered-page cache registers here to be invalidated with the data (same tags);
 * invalidate() re-renders the affected pages and settles when they are fresh.
 */
type PageCacheHook = { invalidate(trackerIds: readonly string[] | undefined): Promise<unknown> | void; clear(): void };
/** Longest a writer waits for its pages to be re-rendered; past it, readers still get stale pages briefly. */
export const PAGE_REFRESH_WAIT_MS = 5_000;
const PAGE_HOOK_KEY = Symbol.for("proofboard.pageCache");
const pageHook = () => (globalThis as unknown as { [PAGE_HOOK_KEY]?: PageCacheHook })[PAGE_HOOK_KEY];

const isFresh = (slot: Slot, now: number) =>
  slot.current !== undefined && slot.current.startedAt >= slot.invalidatedAt && slot.current.expiresAt > now;

/**
 * Returns the cached value for `key`, or runs `load` once (concurrent callers share it).
 * The value is shared by every caller until invalidated: treat it as read-only. A null
 * result (a miss) is kept for PUBLIC_CACHE_MISS_TTL_MS, tagged site-wide.
 */
export function readThrough<T>(key: string, load: () => Promise<T | null>, tagsOf: (value: T) => readonly string[]): Promise<T | null> {
  const s = store();
  const now = Date.now();
  const context = currentRenderContext();
  // get() marks the key most recently used; past the bound the least recently used go.
  let slot = s.slots.get(key);
  if (!slot) {
    slot = { invalidatedAt: -1 };
    s.slots.set(key, slot);
  }
  if (isFresh(slot, now)) {
    s.hits += 1;
    return served(slot.current!, context) as Promise<T | null>;
  }
  const pending = startLoad(s, key, slot, load, tagsOf);
  if (slot.current && context && !context.requireFresh) {
    s.staleHits += 1;
    return served(slot.current, context) as Promise<T | null>;
  }
  s.misses += 1;
  const owner = slot;
  return pending.then((value) => {
    // This slot's load, even if the key was evicted meanwhile: the render read it.
    const loaded = owner.current;
    if (context && loaded) for (const tag of loaded.tags) context.tags.add(tag);
    return value;
  });
}

function served(loaded: Loaded, context: ReturnType<typeof currentRenderContext>): Promise<unknown> {
  if (context) for (const tag of loaded.tags) context.tags.add(tag);
  return Promise.resolve(loaded.value);
}

/** The load that answers for the slot's latest invalidation: the running one, or a new one. */
function startLoad<T>(s: Store, key: string, slot: Slot, load: () => Promise<T | null>, tagsOf: (value: T) => readonly string[]): Promise<T | null> {
  if (slot.pending && slot.pending.startedAt >= slot.invalidatedAt) return slot.pending.promise as Promise<T | null>;
  const startedAt = s.generation;
  const pending: Pending = { startedAt, promise: Promise.resolve(null) };
  pending.promise = load().then(
    (value) => {
      if (slot.pending === pending) slot.pending = undefined;
      // Kept even if an invalidation overlapped the load: then it stays stale (startedAt
      // is older than invalidatedAt), is served only where stale is allowed, and reloads.
      if (!slot.current || slot.current.startedAt <= startedAt) {
        const miss = value === null;
        slot.current = {
          value,
          tags: new Set(miss ? [SITE_TAG] : tagsOf(value)),
          startedAt,
          expiresAt: Date.now() + (miss ? PUBLIC_CACHE_MISS_TTL_MS : PUBLIC_CACHE_TTL_MS),
        };
      }
      return value;
    },
    (error: unknown) => {
      if (slot.pending === pending) slot.pending = undefined;
      if (!slot.current && s.slots.peek(key) === slot) s.slots.delete(key);
      throw error;
    },
  );
  // A background reload nobody awaits must not become an unhandled rejection.
  pending.promise.catch(() => undefined);
  slot.pending = pending;
  return pending.promise as Promise<T | null>;
}

/**
 * Marks the given trackers' entries and every site-wide one stale (everything, without
 * ids), here and in the rendered-page cache, whose re-renders the promise waits for (at most
 * PAGE_REFRESH_WAIT_MS; at once where there is no page cache). Loads running now answer for
 * before the write.
 */
export function dropEntries(trackerIds?: string | readonly string[]): Promise<void> {
  const ids = typeof trackerIds === "string" ? [trackerIds] : trackerIds;
  const s = store();
  s.generation += 1;
  const tags = ids === undefined ? null : new Set(ids.map(trackerTag));
  for (const slot of s.slots.values()) {
    const entryTags = slot.current?.tags;
    const matches = tags === null || !entryTags || entryTags.has(SITE_TAG) || [...entryTags].some((tag) => tags.has(tag));
    if (matches) slot.invalidatedAt = s.generation;
  }
  const refreshed = pageHook()?.invalidate(ids);
  if (!refreshed) return Promise.resolve();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, PAGE_REFRESH_WAIT_MS)));
  return Promise.race([Promise.resolve(refreshed).then(() => undefined), waited]).finally(() => clearTimeout(timer));
}

/** Forgets every entry, data and pages (an instance that may have missed invalidations). */
export function clearEntries(): void {
  const s = store();
  s.generation += 1;
  s.slots.clear();
  pageHook()?.clear();
}

/** Counters for tests and diagnostics. */
export function publicCacheStats(): { hits: number; staleHits: number; misses: number; size: number } {
  const s = store();
  return { hits: s.hits, staleHits: s.staleHits, misses: s.misses, size: s.slots.size };
}
