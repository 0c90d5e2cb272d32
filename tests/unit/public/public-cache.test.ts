// The cache store's own rules, without a database: sharing, tags, in-flight invalidation,
// expiry and the size bound. (invalidatePublicData = dropEntries + telling other instances.)
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderContextStorage, type PublicRenderContext } from "@/lib/server/public/render-context";
import {
  PUBLIC_CACHE_MAX_ENTRIES,
  PUBLIC_CACHE_MISS_TTL_MS,
  PUBLIC_CACHE_TTL_MS,
  SITE_TAG,
  clearEntries,
  dropEntries,
  publicCacheStats,
  readThrough as cachedPublicRead,
  trackerTag,
} from "@/lib/server/public/cache-store";

afterEach(() => {
  vi.useRealTimers();
  clearEntries();
});

function counting<T>(value: T) {
  const load = vi.fn(async () => value);
  return load;
}

describe("cachedPublicRead", () => {
  it("loads once and shares the value, also between concurrent callers", async () => {
    const load = counting({ n: 1 });
    const [a, b] = await Promise.all([cachedPublicRead("k", load, () => []), cachedPublicRead("k", load, () => [])]);
    expect(await cachedPublicRead("k", load, () => [])).toBe(a);
    expect(a).toBe(b);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("drops a tracker's entries and the site-wide ones, and keeps the others", async () => {
    const a = counting("a");
    const b = counting("b");
    const site = counting("site");
    await cachedPublicRead("a", a, () => [trackerTag("A")]);
    await cachedPublicRead("b", b, () => [trackerTag("B")]);
    await cachedPublicRead("site", site, () => [SITE_TAG]);
    dropEntries("A");
    await cachedPublicRead("a", a, () => [trackerTag("A")]);
    await cachedPublicRead("b", b, () => [trackerTag("B")]);
    await cachedPublicRead("site", site, () => [SITE_TAG]);
    expect([a.mock.calls.length, b.mock.calls.length, site.mock.calls.length]).toEqual([2, 1, 2]);
  });

  it("does not answer for after an invalidation with a load that was running before it", async () => {
    let release: (value: string) => void = () => {};
    const slow = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const pending = cachedPublicRead("slow", slow, () => [trackerTag("A")]);
    dropEntries("B");
    release("read before the approval");
    expect(await pending).toBe("read before the approval");
    const fresh = counting("read after the approval");
    expect(await cachedPublicRead("slow", fresh, () => [trackerTag("A")])).toBe("read after the approval");
  });

  it("keeps a miss briefly, tagged site-wide, and never a failure", async () => {
    vi.useFakeTimers();
    const miss = vi.fn(async () => null);
    await cachedPublicRead("miss", miss, () => []);
    await cachedPublicRead("miss", miss, () => []);
    expect(miss).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(PUBLIC_CACHE_MISS_TTL_MS + 1);
    await cachedPublicRead("miss", miss, () => []);
    expect(miss).toHaveBeenCalledTimes(2);
    dropEntries("any tracker");
    await cachedPublicRead("miss", miss, () => []);
    expect(miss).toHaveBeenCalledTimes(3);
    const failing = vi.fn(async () => {
      throw new Error("database down");
    });
    await expect(cachedPublicRead("fail", failing, () => [])).rejects.toThrow("database down");
    await expect(cachedPublicRead("fail", failing, () => [])).rejects.toThrow("database down");
    expect(failing).toHaveBeenCalledTimes(2);
  });

  it("reloads after the time to live", async () => {
    vi.useFakeTimers();
    const load = counting("v");
    await cachedPublicRead("ttl", load, () => []);
    vi.advanceTimersByTime(PUBLIC_CACHE_TTL_MS - 1);
    await cachedPublicRead("ttl", load, () => []);
    vi.advanceTimersByTime(2);
    await cachedPublicRead("ttl", load, () => []);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("forgets the least recently used entries past its size bound", async () => {
    for (let i = 0; i < PUBLIC_CACHE_MAX_ENTRIES + 10; i += 1) await cachedPublicRead(`key-${i}`, counting(i), () => []);
    expect(publicCacheStats().size).toBe(PUBLIC_CACHE_MAX_ENTRIES);
    const first = counting(0);
    await cachedPublicRead("key-0", first, () => []);
    expect(first).toHaveBeenCalledTimes(1);
  });

  it("serves the previous value to readers who may see it while one reload runs, and waits for it otherwise", async () => {
    const reader = (): PublicRenderContext => ({ tags: new Set(), requireFresh: false, statements: 0 });
    await cachedPublicRead("swr", counting("before"), () => [trackerTag("A")]);
    dropEntries("A");
    let release: (value: string) => void = () => {};
    const reload = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const context = reader();
    const stale = await renderContextStorage().run(context, () => cachedPublicRead("swr", reload, () => [trackerTag("A")]));
    expect(stale).toBe("before");
    expect([...context.tags]).toEqual([trackerTag("A")]);
    // A second reader meanwhile shares the one reload rather than starting another.
    expect(await renderContextStorage().run(reader(), () => cachedPublicRead("swr", reload, () => []))).toBe("before");
    const writer = cachedPublicRead("swr", reload, () => []);
    release("after");
    expect(await writer).toBe("after");
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it("stays cached under a steady stream of invalidations: an overlapped reload is kept, stale", async () => {
    const reader = (): PublicRenderContext => ({ tags: new Set(), requireFresh: false, statements: 0 });
    await cachedPublicRead("busy", counting(0), () => [trackerTag("A")]);
    let n = 0;
    const load = vi.fn(async () => {
      n += 1;
      dropEntries("A"); // another write lands while this reload runs
      return n;
    });
    for (let i = 0; i < 5; i += 1) {
      dropEntries("A");
      await renderContextStorage().run(reader(), () => cachedPublicRead("busy", load, () => [trackerTag("A")]));
      await Promise.resolve();
    }
    // Every reader was answered from the cache (never a wait), and it kept refilling.
    expect(publicCacheStats().size).toBeGreaterThan(0);
    expect(load.mock.calls.length).toBeGreaterThan(0);
    expect(load.mock.calls.length).toBeLessThanOrEqual(5);
  });
});
