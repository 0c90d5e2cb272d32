// The job queue on PostgreSQL: transactional enqueue through the outbox, retries with
// backoff into a dead-letter queue, several workers on one database, cron schedules.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { deadLetterQueueOf, JOB_DEFINITIONS, JOB_NAMES } from "@/lib/jobs/definitions";
import { enqueue } from "@/lib/jobs/enqueue";
import { SCHEDULES } from "@/lib/jobs/schedules";
import { startTestWorker, testJob, waitFor } from "../support/job-worker";

const ZTestData = z.object({ token: z.string() });

async function dbJobs(name: string) {
  return getDb().$queryRawUnsafe<{ id: string; state: string; retry_count: number; data: { token?: string } }[]>(
    `SELECT id, state, retry_count, data FROM pgboss.job WHERE name = $1 UNION ALL SELECT id, state, retry_count, data FROM pgboss.archive WHERE name = $1`,
    name,
  );
}

describe("enqueue", () => {
  it("queues a job only if the transaction that wrote it commits, and the worker then runs it once", async () => {
    const seen: string[] = [];
    await startTestWorker({ definitions: { "test.echo": testJob({ data: ZTestData }) }, handlers: { "test.echo": async (data) => void seen.push((data as { token: string }).token) } });

    await getDb()
      .$transaction(async (tx) => {
        await tx.jobOutbox.create({ data: { name: "test.echo", data: { token: "rolled-back" } } });
        throw new Error("abort the write");
      })
      .catch(() => undefined);
    await getDb().$transaction((tx) => tx.jobOutbox.create({ data: { name: "test.echo", data: { token: "committed" } } }));

    await waitFor(async () => seen.includes("committed"), "the committed job");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(seen).toEqual(["committed"]);
    expect(await getDb().jobOutbox.count({ where: { name: "test.echo" } })).toBe(0);
  });

  it("keeps a job written while no worker runs, and a worker started later runs it (no loss after commit)", async () => {
    const evidenceId = `ev-${Math.random().toString(36).slice(2)}`;
    await getDb().$transaction((tx) => enqueue(tx, "evidence.check-link", { evidenceId }, { singletonKey: evidenceId }));
    expect(await getDb().jobOutbox.count({ where: { name: "evidence.check-link" } })).toBe(1);

    const ran: string[] = [];
    await startTestWorker({ definitions: { "evidence.check-link": testJob({ data: JOB_DEFINITIONS["evidence.check-link"].data }) }, handlers: { "evidence.check-link": async (data) => void ran.push((data as { evidenceId: string }).evidenceId) } });
    await waitFor(async () => ran.includes(evidenceId), "the job written before the worker started");
  });

  it("refuses data that does not fit the job's schema, writing nothing", async () => {
    const before = await getDb().jobOutbox.count();
    await expect(getDb().$transaction((tx) => enqueue(tx, "evidence.capture", { evidenceId: "" }))).rejects.toThrow();
    expect(await getDb().jobOutbox.count()).toBe(before);
  });
});

describe("retries and the dead-letter queue", () => {
  it("retries a failing job with backoff up to its limit, then moves it to the dead-letter queue", async () => {
    const attempts: number[] = [];
    const started = Date.now();
    await startTestWorker({
      definitions: { "test.flaky": testJob({ data: ZTestData, retryLimit: 2, retryDelaySeconds: 1 }) },
      handlers: {
        "test.flaky": async (_data, job) => {
          attempts.push(Date.now() - started);
          expect(job.isLastAttempt).toBe(job.retryCount === 2);
          throw new Error("the page is down");
        },
      },
    });
    await getDb().jobOutbox.create({ data: { name: "test.flaky", data: { token: "doomed" } } });

    const dead = await waitFor(async () => (await dbJobs(deadLetterQueueOf("test.flaky" as never))).find((job) => job.data.token === "doomed"), "the dead-letter copy", 30_000);
    expect(dead.state).toBe("created");
    expect(attempts).toHaveLength(3);
    // Backoff: the gaps grow (1 s, then 2 s, with jitter of up to half again).
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(900);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThan(attempts[1]! - attempts[0]! - 600);
    const [failed] = (await dbJobs("test.flaky")).filter((job) => job.data.token === "doomed");
    expect(failed).toMatchObject({ state: "failed", retry_count: 2 });
  });
});

describe("several workers on one database", () => {
  it("runs a job exactly once when two workers race for it", async () => {
    const runs: string[] = [];
    const slowHandler = (worker: string) => async () => {
      runs.push(worker);
      await new Promise((resolve) => setTimeout(resolve, 300));
    };
    const definitions = { "test.race": testJob({ data: ZTestData, concurrency: 3 }) };
    await Promise.all([startTestWorker({ definitions, handlers: { "test.race": slowHandler("a") } }), startTestWorker({ definitions, handlers: { "test.race": slowHandler("b") } })]);
    await getDb().jobOutbox.createMany({ data: Array.from({ length: 6 }, (_, index) => ({ name: "test.race", data: { token: `race-${index}` } })) });

    await waitFor(async () => (await dbJobs("test.race")).filter((job) => job.state === "completed").length === 6, "six completed jobs");
    expect(runs).toHaveLength(6);
    expect(await getDb().jobOutbox.count({ where: { name: "test.race" } })).toBe(0);
  });

  it("keeps one capture in flight per evidence item (stately queue, singleton key)", async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const runs: string[] = [];
    await startTestWorker({
      definitions: { "test.stately": testJob({ data: ZTestData, policy: "stately" }) },
      handlers: {
        "test.stately": async (data) => {
          runs.push((data as { token: string }).token);
          await gate;
        },
      },
    });
    const key = { singletonKey: "evidence-1" };
    await getDb().jobOutbox.create({ data: { name: "test.stately", data: { token: "first" }, ...key } });
    await waitFor(async () => runs.length === 1, "the first job to start");
    await getDb().jobOutbox.createMany({ data: [{ name: "test.stately", data: { token: "second" }, ...key }, { name: "test.stately", data: { token: "third" }, ...key }] });
    await waitFor(async () => (await getDb().jobOutbox.count({ where: { name: "test.stately" } })) === 0, "the relay");
    const waiting = (await dbJobs("test.stately")).filter((job) => job.state === "created");
    expect(waiting).toHaveLength(1);
    release();
  });
});

describe("schedules", () => {
  it("registers every cron schedule, each for a known job", async () => {
    const worker = await startTestWorker({ handlers: {}, schedules: SCHEDULES });
    const schedules = await worker.boss.getSchedules();
    expect(schedules.map((schedule) => [schedule.name, schedule.cron])).toEqual(SCHEDULES.map((schedule) => [schedule.name, schedule.cron]));
    for (const schedule of SCHEDULES) expect(JOB_NAMES).toContain(schedule.name);
  });
});
