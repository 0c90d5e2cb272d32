// The cache store's own rules, without a database: sharing, tags, in-flight invalidation,
// expiry and the size bound. (invalidatePublicData = dropEntries + telling other instances.)
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  PUBLIC_CACHE_MAX_ENTRIES,
  PUBLIC_CACHE_TTL_MS,
  SITE_TAG,
  dropEntries,
  publicCacheStats,
  readThrough as cachedPublicRead,
  trackerTag,
} from "@/lib/server/public/cache-store";

afterEach(() => {
  vi.useRealTimers();
  dropEntries();
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

  it("does not keep a load that was running when the data was invalidated", async () => {
    let release: (value: string) => void = () => {};
    const slow = vi.fn(() => new Promise<string>((resolve) => (release = resolve)));
    const pending = cachedPublicRead("slow", slow, () => [trackerTag("A")]);
    dropEntries("B");
    release("read before the approval");
    expect(await pending).toBe("read before the approval");
    const fresh = counting("read after the approval");
    expect(await cachedPublicRead("slow", fresh, () => [trackerTag("A")])).toBe("read after the approval");
  });

  it("never stores a miss or a failure", async () => {
    const miss = vi.fn(async () => null);
    await cachedPublicRead("miss", miss, () => []);
    await cachedPublicRead("miss", miss, () => []);
    expect(miss).toHaveBeenCalledTimes(2);
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
});
