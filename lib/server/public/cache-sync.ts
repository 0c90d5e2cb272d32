import "server-only";
// Keeps the public caches of several app instances in step through PostgreSQL
// LISTEN/NOTIFY: the database all instances already share is the message bus, so no
// Redis or other service is needed. invalidatePublicData() notifies; every instance that
// listens drops the same entries. An instance whose listening connection is down cannot
// know what it missed, so it serves no cached data until it is back (and then starts from
// an empty cache). Meanwhile its rendered pages are only marked stale, not forgotten: an
// anonymous reader may be served one while it is re-rendered, so during a database outage
// readers keep the last pages instead of errors (docs/decisions/0025-http-server-in-front-of-nextjs.md).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { getDb } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { clearEntries, dropEntries } from "./cache-store";

export const CACHE_SYNC_CHANNEL = "proofboard_public_cache";
const RETRY_MIN_MS = 500;
const RETRY_MAX_MS = 30_000;

type SyncState = {
  instanceId: string;
  client: pg.Client | null;
  live: boolean;
  started: boolean;
  retryMs: number;
  timer: ReturnType<typeof setTimeout> | null;
};

// On globalThis for the same reason as the store: one listener per process, whatever the bundling.
const STATE_KEY = Symbol.for("proofboard.publicCacheSync");
const holder = globalThis as unknown as { [STATE_KEY]?: SyncState };

function state(): SyncState {
  holder[STATE_KEY] ??= { instanceId: randomUUID(), client: null, live: false, started: false, retryMs: RETRY_MIN_MS, timer: null };
  return holder[STATE_KEY];
}

/** trackerIds null: everything. */
type Message = { from: string; trackerIds: string[] | null };

/** Tells every listening instance (this one ignores its own message) to drop entries. */
export async function publishInvalidation(trackerIds?: readonly string[]): Promise<void> {
  const message: Message = { from: state().instanceId, trackerIds: trackerIds ? [...trackerIds] : null };
  await getDb().$executeRaw`SELECT pg_notify(${CACHE_SYNC_CHANNEL}, ${JSON.stringify(message)})`;
}

/**
 * True when this process may serve cached data: it never started listening (a single
 * process: tests, scripts), or its listener is connected. False while it reconnects.
 */
export function cacheSyncAllowsCaching(): boolean {
  const s = state();
  return !s.started || s.live;
}

/** Starts listening once per process; later calls do nothing. */
export function startCacheSync(): void {
  const s = state();
  if (s.started) return;
  s.started = true;
  void connect();
}

/** Resolves once the listener is connected, or after `timeoutMs` if it is not; true when it is. */
export async function whenCacheSyncLive(timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!state().live && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  return state().live;
}

/** Stops listening (tests); the process then caches as a single instance again. */
export async function stopCacheSync(): Promise<void> {
  const s = state();
  s.started = false;
  s.live = false;
  if (s.timer) clearTimeout(s.timer);
  s.timer = null;
  const client = s.client;
  s.client = null;
  await client?.end().catch(() => undefined);
}

async function connect(): Promise<void> {
  const s = state();
  const connectionString = serverEnv().DATABASE_URL;
  if (!connectionString) return;
  const client = new pg.Client({ connectionString });
  s.client = client;
  client.on("notification", (notification) => {
    if (notification.channel !== CACHE_SYNC_CHANNEL || !notification.payload) return;
    const message = parseMessage(notification.payload);
    if (message && message.from !== s.instanceId) dropEntries(message.trackerIds ?? undefined);
  });
  client.on("error", () => lost(client));
  client.on("end", () => lost(client));
  try {
    await client.connect();
    await client.query(`LISTEN ${CACHE_SYNC_CHANNEL}`);
    if (s.client !== client) return;
    // Whatever was cached before this connection may have missed a notification.
    clearEntries();
    s.live = true;
    s.retryMs = RETRY_MIN_MS;
  } catch (error) {
    console.warn(`Public cache sync could not listen (${error instanceof Error ? error.message : error}); serving uncached until it can.`);
    lost(client);
  }
}

function lost(client: pg.Client): void {
  const s = state();
  if (s.client !== client) return;
  s.client = null;
  s.live = false;
  void dropEntries();
  client.end().catch(() => undefined);
  if (!s.started || s.timer) return;
  s.timer = setTimeout(() => {
    s.timer = null;
    if (s.started) void connect();
  }, s.retryMs);
  s.retryMs = Math.min(s.retryMs * 2, RETRY_MAX_MS);
}

function parseMessage(payload: string): Message | null {
  try {
    const value = JSON.parse(payload) as Partial<Message>;
    if (typeof value.from !== "string") return null;
    const ids = Array.isArray(value.trackerIds) ? value.trackerIds.filter((id): id is string => typeof id === "string") : null;
    return { from: value.from, trackerIds: ids };
  } catch {
    return null;
  }
}
