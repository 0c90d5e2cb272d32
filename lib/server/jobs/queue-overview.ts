// What the admin queue page shows: per queue, how many jobs wait, run, failed and lie in
// its dead-letter queue, and the latest failures with their error. Read straight from
// pg-boss's tables; before the first worker start they do not exist yet.
import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { deadLetterQueueOf, JOB_NAMES } from "@/lib/jobs/definitions";
import { JOB_SCHEMA } from "@/lib/jobs/schema";

export type QueueCounts = { name: string; waiting: number; active: number; failed: number; dead: number };
export type FailedJob = { id: string; queue: string; failedAt: string | null; attempts: number; error: string; data: string };
export type QueueOverview = { installed: false } | { installed: true; outbox: number; queues: QueueCounts[]; failures: FailedJob[] };

type CountRow = { name: string; state: string; count: bigint };
type FailureRow = { id: string; name: string; completed_on: Date | null; retry_count: number; output: unknown; data: unknown };

function errorText(output: unknown): string {
  if (output && typeof output === "object") {
    const message = (output as { message?: unknown }).message;
    if (typeof message === "string") return message;
  }
  return output == null ? "(no error recorded)" : JSON.stringify(output).slice(0, 300);
}

export async function getQueueOverview(actor: Actor | null): Promise<QueueOverview> {
  requirePermission(actor, "job:manage");
  const db = getDb();
  const [row] = await db.$queryRawUnsafe<{ installed: boolean }[]>(`SELECT to_regclass('${JOB_SCHEMA}.job') IS NOT NULL AS installed`);
  if (!row?.installed) return { installed: false };
  const counts = await db.$queryRawUnsafe<CountRow[]>(`SELECT name, state::text AS state, count(*) AS count FROM ${JOB_SCHEMA}.job GROUP BY name, state`);
  const count = (name: string, states: string[]) => counts.filter((row) => row.name === name && states.includes(row.state)).reduce((sum, row) => sum + Number(row.count), 0);
  const queues = JOB_NAMES.map((name) => ({
    name,
    waiting: count(name, ["created", "retry"]),
    active: count(name, ["active"]),
    failed: count(name, ["failed"]),
    dead: count(deadLetterQueueOf(name), ["created", "retry", "active", "failed"]),
  }));
  const failures = await db.$queryRawUnsafe<FailureRow[]>(
    `SELECT id::text AS id, name, completed_on, retry_count, output, data FROM ${JOB_SCHEMA}.job WHERE state = 'failed' AND name = ANY($1::text[]) ORDER BY completed_on DESC NULLS LAST LIMIT 20`,
    JOB_NAMES,
  );
  return {
    installed: true,
    outbox: await db.jobOutbox.count(),
    queues,
    failures: failures.map((row) => ({
      id: row.id,
      queue: row.name,
      failedAt: row.completed_on?.toISOString() ?? null,
      attempts: row.retry_count + 1,
      error: errorText(row.output),
      data: JSON.stringify(row.data),
    })),
  };
}
