// A failed job in the real pg-boss tables of the test file's database, for the commands
// and pages that deal with failures.
import { getDb } from "@/lib/db/client";
import { JOB_SCHEMA } from "@/lib/jobs/schema";
import { startWorker } from "@/lib/jobs/worker";

let installed: Promise<void> | null = null;

/** Creates pg-boss's schema and every queue once per file (a worker started and stopped). */
export function installJobSchema(): Promise<void> {
  installed ??= startWorker({ connectionString: process.env.DATABASE_URL!, handlers: {}, log: () => undefined }).then((worker) => worker.stop());
  return installed;
}

export async function makeFailedJob(data: Record<string, unknown> = { evidenceId: `ev_${Math.random().toString(36).slice(2)}` }, queue = "evidence.capture"): Promise<{ id: string; queue: string }> {
  await installJobSchema();
  const [row] = await getDb().$queryRawUnsafe<{ id: string }[]>(
    `INSERT INTO ${JOB_SCHEMA}.job (name, data, state, retry_count, retry_limit, output, completed_on) VALUES ($1, $2::jsonb, 'failed', 3, 3, $3::jsonb, now()) RETURNING id::text AS id`,
    queue,
    JSON.stringify(data),
    JSON.stringify({ message: "the page could not be reached (ECONNREFUSED)" }),
  );
  return { id: row!.id, queue };
}
