// The one way application code queues a job. The job is written to the outbox table in
// the caller's transaction, so it exists exactly when the write it belongs to commits;
// the worker's relay (outbox-relay.ts) moves it into pg-boss. NOTIFY (delivered on
// commit) wakes the relay at once; it also polls, so a missed notification only delays.
import type { Prisma } from "@/generated/prisma/client";
import { JOB_DEFINITIONS, type JobData, type JobName } from "./definitions";

export const OUTBOX_CHANNEL = "proofboard_job_outbox";

export type EnqueueOptions = {
  /** Deduplicates per queue policy (e.g. one capture in flight per evidence item). */
  singletonKey?: string;
  /** Not before this time. */
  startAfter?: Date;
};

type Writer = Pick<Prisma.TransactionClient, "jobOutbox" | "$executeRaw">;

export async function enqueue<Name extends JobName>(db: Writer, name: Name, data: JobData<Name>, options: EnqueueOptions = {}): Promise<void> {
  const parsed = JOB_DEFINITIONS[name].data.parse(data) as Prisma.InputJsonObject;
  await db.jobOutbox.create({
    data: { name, data: parsed, singletonKey: options.singletonKey ?? null, startAfter: options.startAfter ?? null },
  });
  await db.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, '')`;
}
