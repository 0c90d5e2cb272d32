// The rendered-page cache's own rules (scripts/page-server/page-cache.mjs): tags decide
// which pages an invalidation reaches, invalidated pages are kept stale (served while one
// re-render runs), a render that overlapped an invalidation is stored stale, and the byte
// bound evicts the least recently used pages first.
import { describe, expect, it } from "vitest";
import { dropEntries } from "@/lib/server/public/cache-store";
import { PageCache, registerPageCache, SITE_TAG, trackerTag } from "@/scripts/page-server/page-cache.mjs";
import { hasSessionCookie, isCacheableRequest } from "@/scripts/page-server/public-pages.mjs";

const page = (tags: string[], body = "<html>page</html>") => ({ status: 200, headers: { "content-type": "text/html" }, body: Buffer.from(body), tags, ttlMs: 60_000 });

describe("PageCache", () => {
  it("marks stale exactly the pages of the invalidated tracker and the site-wide ones", () => {
    const cache = new PageCache();
    cache.set("/trackers/a", page([trackerTag("A")]));
    cache.set("/trackers/b", page([trackerTag("B")]));
    cache.set("/", page([SITE_TAG]));
    cache.invalidate(["A"]);
    expect(cache.get("/trackers/a")!.fresh).toBe(false);
    expect(cache.get("/trackers/b")!.fresh).toBe(true);
    expect(cache.get("/")!.fresh).toBe(false);
    // Still there: served stale while it is re-rendered.
    expect(cache.get("/trackers/a")!.entry.body.toString()).toBe("<html>page</html>");
  });

  it("stores a render that overlapped an invalidation as stale", () => {
    const cache = new PageCache();
    const startedAt = cache.begin();
    cache.invalidate(["A"]);
    cache.set("/trackers/a", page([trackerTag("A")]), startedAt);
    expect(cache.get("/trackers/a")!.fresh).toBe(false);
    cache.set("/trackers/a", page([trackerTag("A")]), cache.begin());
    expect(cache.get("/trackers/a")!.fresh).toBe(true);
  });

  it("gives identical bytes one ETag and keeps a gzip copy", () => {
    const cache = new PageCache();
    const a = cache.set("/x", page([], "same"))!;
    const b = cache.set("/y", page([], "same"))!;
    expect(a.etag).toBe(b.etag);
    expect(a.gzip.length).toBeGreaterThan(0);
  });

  it("expires pages after their time to live", () => {
    let now = 0;
    const cache = new PageCache({ now: () => now });
    cache.set("/x", { ...page([]), ttlMs: 1_000 });
    now = 999;
    expect(cache.get("/x")!.fresh).toBe(true);
    now = 1_001;
    expect(cache.get("/x")!.fresh).toBe(false);
  });

  it("keeps for re-rendering only the invalidated pages read lately, the most recent first, and drops the rest", () => {
    let now = 0;
    const cache = new PageCache({ now: () => now });
    for (const key of ["/old", "/a", "/b", "/c"]) cache.set(key, page([trackerTag("A")]));
    now = 20_000;
    for (const key of ["/a", "/b", "/c"]) cache.get(key);
    now = 25_000;
    const keys = cache.invalidate(["A"]);
    expect(cache.keepRecentlyRead(keys, { windowMs: 10_000, max: 2 })).toEqual(["/b", "/c"]);
    expect(cache.get("/old")).toBeNull();
    expect(cache.get("/a")).toBeNull();
    expect(cache.get("/b")!.fresh).toBe(false);
  });

  it("does not count its own re-renders as reads", () => {
    let now = 0;
    const cache = new PageCache({ now: () => now });
    cache.set("/a", page([trackerTag("A")]));
    now = 30_000;
    cache.set("/a", page([trackerTag("A")], "re-rendered"));
    expect(cache.keepRecentlyRead(cache.invalidate(["A"]), { windowMs: 10_000, max: 24 })).toEqual([]);
    expect(cache.get("/a")).toBeNull();
  });

  it("evicts the least recently used pages past its byte bound", () => {
    const cache = new PageCache({ maxBytes: 300 });
    cache.set("/1", page([], "a".repeat(100)));
    cache.set("/2", page([], "b".repeat(100)));
    cache.get("/1");
    cache.set("/3", page([], "c".repeat(100)));
    expect(cache.get("/2")).toBeNull();
    expect(cache.get("/1")).not.toBeNull();
    expect(cache.bytes).toBeLessThanOrEqual(300);
  });
});

describe("invalidation through the data cache", () => {
  it("re-renders the invalidated pages, and the writer's invalidation waits for them", async () => {
    const cache = new PageCache();
    cache.set("/trackers/a", page([trackerTag("A")]));
    cache.set("/trackers/b", page([trackerTag("B")]));
    const rendered: string[] = [];
    registerPageCache(cache, async (keys) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      for (const key of keys) cache.set(key, page([trackerTag("A")], "fresh"), cache.begin());
      rendered.push(...keys);
    });
    try {
      await dropEntries("A");
      expect(rendered).toEqual(["/trackers/a"]);
      expect(cache.get("/trackers/a")).toMatchObject({ fresh: true, entry: { body: Buffer.from("fresh") } });
      expect(cache.get("/trackers/b")!.fresh).toBe(true);
    } finally {
      delete (globalThis as Record<symbol, unknown>)[Symbol.for("proofboard.pageCache")];
    }
  });
});

describe("which requests the page server caches", () => {
  const request = (method: string, headers: Record<string, string> = {}) => ({ method, headers }) as never;
  it("caches GETs of public pages, never client navigations, actions or the workspace", () => {
    expect(isCacheableRequest(request("GET"), "/trackers/euv")).toBe(true);
    expect(isCacheableRequest(request("GET"), "/claims/abc")).toBe(true);
    expect(isCacheableRequest(request("GET"), "/trackers/euv/claims")).toBe(true);
    expect(isCacheableRequest(request("GET"), "/corrections")).toBe(true);
    expect(isCacheableRequest(request("GET"), "/corrections/feed.xml")).toBe(true);
    expect(isCacheableRequest(request("GET"), "/trackers/euv/corrections")).toBe(true);
    expect(isCacheableRequest(request("GET"), "/trackers/euv/corrections/feed.xml")).toBe(true);
    expect(isCacheableRequest(request("GET", { rsc: "1" }), "/trackers/euv")).toBe(false);
    expect(isCacheableRequest(request("POST"), "/trackers/euv")).toBe(false);
    expect(isCacheableRequest(request("GET", { "next-action": "x" }), "/")).toBe(false);
    expect(isCacheableRequest(request("GET"), "/workspace")).toBe(false);
    expect(isCacheableRequest(request("GET"), "/api/session")).toBe(false);
  });

  it("recognises a session cookie, which never gets a stale page", () => {
    expect(hasSessionCookie(request("GET", { cookie: "a=1; better-auth.session_token=xyz" }))).toBe(true);
    expect(hasSessionCookie(request("GET", { cookie: "__Secure-better-auth.session_token=xyz" }))).toBe(true);
    expect(hasSessionCookie(request("GET", { cookie: "theme=dark" }))).toBe(false);
  });
});
