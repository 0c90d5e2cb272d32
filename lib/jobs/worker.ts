// The worker: pg-boss on the app's database, one handler per job name, the cron
// schedules and the outbox relay. Started by scripts/worker.ts (alone) or beside Next.js
// by scripts/serve.ts. Several workers on one database are safe: pg-boss fetches jobs
// with SKIP LOCKED, queues are created idempotently and the relay locks its rows.
import pg from "pg";
import PgBoss from "pg-boss";
import { deadLetterQueueOf, JOB_DEFINITIONS, type JobDefinition } from "./definitions";
import { summarizeFailures } from "./failure-summary";
import { startOutboxRelay, type OutboxRelay } from "./outbox-relay";
import type { Schedule } from "./schedules";

export { JOB_SCHEMA } from "./schema";
import { JOB_SCHEMA } from "./schema";

export type JobContext = { id: string; name: string; retryCount: number; retryLimit: number; isLastAttempt: boolean };
/** Throw to have the job retried (then dead-lettered); return to complete it. */
export type JobHandler = (data: unknown, job: JobContext) => Promise<void>;

export type WorkerOptions = {
  connectionString: string;
  handlers: Record<string, JobHandler>;
  definitions?: Record<string, JobDefinition>;
  schedules?: readonly Schedule[];
  /** Seconds between fetches when a queue is idle. */
  pollingIntervalSeconds?: number;
  outboxPollIntervalMs?: number;
  log?: (line: string) => void;
  /** How long failed attempts are collected into one log line. */
  failureSummaryWindowMs?: number;
};

export type RunningWorker = { boss: PgBoss; relay: OutboxRelay; stop(): Promise<void> };

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const definitions = options.definitions ?? (JOB_DEFINITIONS as Record<string, JobDefinition>);
  const log = options.log ?? ((line: string) => console.log(line));
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: JOB_SCHEMA,
    application_name: "proofboard-worker",
    max: 4,
    // Completed jobs are archived after a day and deleted after a week.
    archiveCompletedAfterSeconds: 86_400,
    deleteAfterDays: 7,
  });
  boss.on("error", (error) => log(`▲ worker: queue error: ${error.message}`));
  const failures = summarizeFailures(log, options.failureSummaryWindowMs);
  await boss.start();

  await createQueues(options.connectionString, boss, definitions);

  for (const [name, handler] of Object.entries(options.handlers)) {
    const definition = definitions[name];
    if (!definition) throw new Error(`No job definition for handler "${name}" (lib/jobs/definitions.ts).`);
    for (let slot = 0; slot < definition.concurrency; slot++) {
      let workerId = "";
      workerId = await boss.work(name, { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 }, async ([job]) => {
        if (!job) return;
        const context = { id: job.id, name, retryCount: job.retryCount, retryLimit: job.retryLimit, isLastAttempt: job.retryCount >= job.retryLimit };
        try {
          await handler(job.data, context);
        } catch (error) {
          failures.record(name, (error as Error).message);
          throw error;
        } finally {
          // pg-boss 10 waits a full polling interval after every fetch, even a busy one;
          // after a job, fetch the next at once (the wait applies only when the queue is empty).
          boss.notifyWorker(workerId);
        }
      });
    }
  }

  for (const schedule of options.schedules ?? []) {
    await boss.schedule(schedule.name, schedule.cron, schedule.data ?? {}, { tz: "UTC" });
  }

  const relay = await startOutboxRelay({
    connectionString: options.connectionString,
    boss,
    knownNames: Object.keys(definitions),
    pollIntervalMs: options.outboxPollIntervalMs ?? 2_000,
    onError: (error) => log(`▲ worker: outbox relay: ${error.message}`),
  });

  let stopping: Promise<void> | null = null;
  return {
    boss,
    relay,
    stop() {
      stopping ??= (async () => {
        await relay.stop();
        // Lets running handlers finish (up to 20 s), then closes the pool.
        await boss.stop({ graceful: true, wait: true, timeout: 20_000 });
        failures.stop();
      })();
      return stopping;
    },
  };
}

// Two workers creating the same queue at once deadlock inside pg-boss (each queue is a
// table partition), so queue creation takes a database-wide advisory lock.
async function createQueues(connectionString: string, boss: PgBoss, definitions: Record<string, JobDefinition>): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: "proofboard-worker-setup" });
  // A connection lost while setting up fails the query in flight; without a listener the
  // "error" event would crash the worker instead.
  client.on("error", () => undefined);
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext('proofboard.job-queues'))");
    for (const [name, definition] of Object.entries(definitions)) {
      const deadLetter = deadLetterQueueOf(name as never);
      if (!(await boss.getQueue(deadLetter))) await boss.createQueue(deadLetter, { name: deadLetter, policy: "standard", retentionDays: 30 } as PgBoss.Queue);
      const queue = {
        name,
        policy: definition.policy,
        retryLimit: definition.retryLimit,
        retryDelay: definition.retryDelaySeconds,
        retryBackoff: true,
        expireInSeconds: definition.expireInSeconds,
        deadLetter,
      };
      // A changed definition updates the queue (the policy cannot change after creation).
      if (await boss.getQueue(name)) await boss.updateQueue(name, queue);
      else await boss.createQueue(name, queue);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock(hashtext('proofboard.job-queues'))").catch(() => undefined);
    await client.end();
  }
}
