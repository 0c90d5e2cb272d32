// Several app instances: invalidatePublicData() tells the others through PostgreSQL
// NOTIFY, each instance's listener drops the same entries, and an instance whose listener
// is down serves nothing from its cache until it is back. "Another instance" is played by
// a plain pg connection that sends or receives on the channel.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedPublicRead, invalidatePublicData } from "@/lib/server/public/cache";
import { CACHE_SYNC_CHANNEL, cacheSyncAllowsCaching, startCacheSync, stopCacheSync } from "@/lib/server/public/cache-sync";
import { renderContextStorage, type PublicRenderContext } from "@/lib/server/public/render-context";
import { makeClaim, makeTracker } from "../support/builders";
import { get } from "../support/public-routes";
import { countDatabaseQueries, type QueryCounter } from "../support/query-counter";

let other: pg.Client;
let counter: QueryCounter;
let tracker: Awaited<ReturnType<typeof makeTracker>>;

beforeAll(async () => {
  tracker = await makeTracker({ proofPoints: 1 });
  await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
  other = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await other.connect();
  counter = countDatabaseQueries();
});

afterAll(async () => {
  counter.restore();
  await stopCacheSync();
  await other.end();
});

async function waitFor(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The render context of one page-server render after it read `key` through the cache. */
async function renderReading(key: string): Promise<PublicRenderContext> {
  const context: PublicRenderContext = { tags: new Set(), requireFresh: true, statements: 0 };
  await renderContextStorage().run(context, () => cachedPublicRead(key, async () => ({ id: tracker.id }), (value) => [`tracker:${value.id}`]));
  return context;
}

/** Database queries one GET of the tracker's scorecard makes. */
async function queriesFor(path: string): Promise<number> {
  counter.reset();
  expect((await get(path)).status).toBe(200);
  return counter.count;
}

describe("cache sync between app instances", () => {
  it("invalidatePublicData notifies the other instances", async () => {
    const received: string[] = [];
    other.on("notification", (message) => received.push(message.payload ?? ""));
    await other.query(`LISTEN ${CACHE_SYNC_CHANNEL}`);
    await invalidatePublicData(tracker.id);
    await waitFor(() => received.length > 0, "a notification");
    expect(JSON.parse(received[0]!)).toEqual({ from: expect.any(String), trackerIds: [tracker.id] });
    await other.query(`UNLISTEN ${CACHE_SYNC_CHANNEL}`);
  });

  it("drops this instance's entries when another instance invalidates", async () => {
    startCacheSync();
    await waitFor(cacheSyncAllowsCaching, "the listener");
    const path = `/api/v1/trackers/${tracker.slug}/scorecard`;
    await get(path);
    expect(await queriesFor(path)).toBe(0);

    await other.query("SELECT pg_notify($1, $2)", [CACHE_SYNC_CHANNEL, JSON.stringify({ from: "another-instance", trackerIds: [tracker.id] })]);
    await waitFor(async () => (await queriesFor(path)) > 0, "the entry to be dropped");
    expect(await queriesFor(path)).toBe(0);
  });

  it("reads the database while its listener is down, and caches again once it is back", async () => {
    startCacheSync();
    await waitFor(cacheSyncAllowsCaching, "the listener");
    const path = `/trackers/${tracker.slug}/badge.svg`;
    await get(path);
    expect(await queriesFor(path)).toBe(0);

    // The database drops the listening connection (a restart, a failover, a network blip).
    await other.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1", [`LISTEN ${CACHE_SYNC_CHANNEL}`]);
    await waitFor(() => !cacheSyncAllowsCaching(), "the listener to notice");
    expect(await queriesFor(path)).toBeGreaterThan(0);
    expect(await queriesFor(path)).toBeGreaterThan(0);

    await waitFor(cacheSyncAllowsCaching, "the listener to reconnect");
    await get(path);
    expect(await queriesFor(path)).toBe(0);
  });

  it("tells the page server a render read around the cache, so the page is not kept with no tags", async () => {
    startCacheSync();
    await waitFor(cacheSyncAllowsCaching, "the listener");
    const live = await renderReading(`sync-test:${tracker.id}:live`);
    expect(live.uncached).toBeUndefined();
    expect([...live.tags]).toEqual([`tracker:${tracker.id}`]);

    await other.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = $1", [`LISTEN ${CACHE_SYNC_CHANNEL}`]);
    await waitFor(() => !cacheSyncAllowsCaching(), "the listener to notice");
    const down = await renderReading(`sync-test:${tracker.id}:down`);
    expect(down.uncached).toBe(true);
    expect(down.tags.size).toBe(0);
    await waitFor(cacheSyncAllowsCaching, "the listener to reconnect");
  });
});
