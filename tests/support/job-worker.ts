// Starting real pg-boss workers on the test file's database, and waiting for jobs.
import { afterEach } from "vitest";
import type { JobDefinition } from "@/lib/jobs/definitions";
import { startWorker, type JobHandler, type RunningWorker, type WorkerOptions } from "@/lib/jobs/worker";

const running: RunningWorker[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((worker) => worker.stop()));
});

export function testJob(overrides: Partial<JobDefinition> = {}): JobDefinition {
  return { data: undefined as never, policy: "standard", retryLimit: 0, retryDelaySeconds: 1, expireInSeconds: 30, concurrency: 1, ...overrides };
}

/** A worker on this file's database; stopped after the test. */
export async function startTestWorker(options: { handlers: Record<string, JobHandler>; definitions?: Record<string, JobDefinition> } & Partial<WorkerOptions>): Promise<RunningWorker> {
  const worker = await startWorker({
    connectionString: process.env.DATABASE_URL!,
    pollingIntervalSeconds: 0.5,
    outboxPollIntervalMs: 250,
    log: () => undefined,
    ...options,
  });
  running.push(worker);
  return worker;
}

export async function waitFor<T>(probe: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
