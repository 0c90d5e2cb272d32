// An admin sends a failed job round again: a fresh copy with the same data is queued
// (through the outbox, in this transaction) with a full set of retries, and the failed
// row and its dead-letter copies are removed so it is not listed twice. Audited.
import "server-only";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { deadLetterQueueOf, isJobName, JOB_DEFINITIONS } from "@/lib/jobs/definitions";
import { enqueue } from "@/lib/jobs/enqueue";
import { JOB_SCHEMA } from "@/lib/jobs/schema";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction } from "@/lib/server/transaction";
import { parseInput } from "@/lib/validation/parse";

const ZRetryJobInput = z.object({
  queue: z.string({ error: "Choose a queue" }).trim().refine(isJobName, "must be one of the queues listed"),
  jobId: z.uuid({ error: "must be a job id from the list" }),
});

type JobRow = { id: string; name: string; state: string; data: unknown; singleton_key: string | null };

export async function retryJob(actor: Actor | null, input: unknown) {
  requirePermission(actor, "job:manage");
  const data = parseInput(ZRetryJobInput, input);
  return inTransaction(async (tx) => {
    const [installed] = await tx.$queryRawUnsafe<{ ok: boolean }[]>(`SELECT to_regclass('${JOB_SCHEMA}.job') IS NOT NULL AS ok`);
    if (!installed?.ok) throw notFound("The job");
    const [job] = await tx.$queryRawUnsafe<JobRow[]>(
      `SELECT id::text AS id, name, state::text AS state, data, singleton_key FROM ${JOB_SCHEMA}.job WHERE name = $1 AND id = $2::uuid FOR UPDATE`,
      data.queue,
      data.jobId,
    );
    if (!job) throw notFound("The job");
    if (job.state !== "failed") throw new AppError("CONFLICT", `This job is ${job.state}, not failed: only failed jobs can be retried.`);
    const name = data.queue as keyof typeof JOB_DEFINITIONS;
    const payload = JOB_DEFINITIONS[name].data.safeParse(job.data);
    if (!payload.success) throw new AppError("CONFLICT", "This job's data no longer fits its queue; it cannot be retried.");
    await enqueue(tx, name, payload.data as never, job.singleton_key ? { singletonKey: job.singleton_key } : {});
    await tx.$executeRawUnsafe(`DELETE FROM ${JOB_SCHEMA}.job WHERE name = $1 AND id = $2::uuid`, job.name, job.id);
    await tx.$executeRawUnsafe(`DELETE FROM ${JOB_SCHEMA}.job WHERE name = $1 AND data = $2::jsonb`, deadLetterQueueOf(name), JSON.stringify(job.data));
    await recordAuditEvent(tx, { actor, action: "job.retry", entityType: "Job", entityId: job.id, before: { queue: job.name, state: job.state, data: job.data } as never });
    return { jobId: job.id, queue: job.name };
  });
}
