import { connection } from "next/server";
import { checkDatabaseHealth } from "@/lib/server/public/check-database-health";

// Load balancers and uptime monitors poll this; it must reflect the database right now, never a cached answer.
export async function GET(): Promise<Response> {
  await connection();
  const health = await checkDatabaseHealth();
  const headers = { "Cache-Control": "no-store" };
  if (!health.reachable) {
    return Response.json({ status: "degraded", database: "unreachable" }, { status: 503, headers });
  }
  return Response.json({ status: "ok", database: "ok", latencyMs: health.latencyMs }, { headers });
}
