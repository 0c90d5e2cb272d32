import "server-only";
import { getDb } from "@/lib/db/client";

export type DatabaseHealth = { reachable: true; latencyMs: number } | { reachable: false };

// A health probe must answer quickly even when the database hangs rather than refuses,
// or load balancers stack up waiting requests; past this the database counts as unreachable.
export const DATABASE_HEALTH_TIMEOUT_MS = 3_000;

export async function checkDatabaseHealth(): Promise<DatabaseHealth> {
  const startedAt = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${DATABASE_HEALTH_TIMEOUT_MS} ms`)), DATABASE_HEALTH_TIMEOUT_MS);
  });
  try {
    await Promise.race([getDb().$queryRaw`SELECT 1`, timeout]);
    return { reachable: true, latencyMs: Math.round(performance.now() - startedAt) };
  } catch (error) {
    // Logged for operators; the public answer never includes connection details.
    console.error("Database health check failed:", error instanceof Error ? error.message : error);
    return { reachable: false };
  } finally {
    clearTimeout(timer);
  }
}
