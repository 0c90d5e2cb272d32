// Types for page-cache.mjs (plain JavaScript: it runs outside the Next.js bundle).
import type { LRUCache } from "lru-cache";

export const SITE_TAG: string;
export function trackerTag(id: string): string;
export const PAGE_CACHE_MAX_BYTES: number;
export const PAGE_CACHE_MAX_ENTRY_BYTES: number;

export type PageEntry = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzip: Buffer;
  etag: string;
  tags: Set<string>;
  expiresAt: number;
  stale: boolean;
  bytes: number;
  /** When a reader last asked for it (a re-render keeps the time of the page it replaces). */
  readAt: number;
};

export type PageToStore = { status: number; headers: Record<string, string>; body: Buffer; tags: readonly string[]; ttlMs: number };

export class PageCache {
  constructor(options?: { maxBytes?: number; now?: () => number });
  entries: LRUCache<string, PageEntry>;
  readonly bytes: number;
  generation: number;
  stats: { hits: number; stale: number; misses: number };
  get(key: string): { entry: PageEntry; fresh: boolean } | null;
  begin(): number;
  set(key: string, page: PageToStore, startedAt?: number): PageEntry | null;
  keepRecentlyRead(keys: readonly string[], options: { windowMs: number; max: number }): string[];
  delete(key: string): void;
  invalidate(trackerIds: readonly string[] | undefined): string[];
  clear(): void;
}

export function registerPageCache(cache: PageCache, refresh?: (keys: string[]) => Promise<unknown>): void;
