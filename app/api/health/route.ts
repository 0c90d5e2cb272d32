import { connection } from "next/server";
import { checkDatabaseHealth } from "@/lib/server/public/check-database-health";
import { readyToCache } from "@/lib/server/public/cache";

// How long the first health check may wait for the cache listener after a start.
const CACHE_READY_WAIT_MS = 3_000;

// Load balancers and uptime monitors poll this; it must reflect the database right now, never a cached answer.
export async function GET(): Promise<Response> {
  await connection();
  const health = await checkDatabaseHealth();
  const headers = { "Cache-Control": "no-store" };
  if (!health.reachable) {
    return Response.json({ status: "degraded", database: "unreachable" }, { status: 503, headers });
  }
  const cache = (await readyToCache(CACHE_READY_WAIT_MS)) ? "listening" : "not listening";
  return Response.json({ status: "ok", database: "ok", latencyMs: health.latencyMs, cache }, { headers });
}
