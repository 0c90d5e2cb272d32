// The admin side of the job queue: counts per queue, the latest failures, and retrying one.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { JOB_NAMES } from "@/lib/jobs/definitions";
import { getQueueOverview } from "@/lib/server/jobs/queue-overview";
import { retryJob } from "@/lib/server/jobs/retry-job";
import { makeUser } from "../support/builders";
import { makeFailedJob } from "../support/job-fixtures";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";

const admin = () => makeUser({ roles: ["admin"] });

describe("getQueueOverview", () => {
  it("lists every queue with its failed count and the failure's error", async () => {
    const job = await makeFailedJob();
    const overview = await getQueueOverview(await admin());
    if (!overview.installed) throw new Error("expected the queue tables");
    // Every defined job has its queue, in the order of the definitions.
    expect(overview.queues.map((queue) => queue.name)).toEqual([...JOB_NAMES]);
    expect(overview.queues.map((queue) => queue.name)).toEqual(expect.arrayContaining(["evidence.capture", "events.dispatch", "webhooks.deliver", "notifications.mail-event"]));
    expect(overview.queues.find((queue) => queue.name === "evidence.capture")!.failed).toBeGreaterThanOrEqual(1);
    expect(overview.failures.find((failure) => failure.id === job.id)).toMatchObject({ queue: "evidence.capture", attempts: 4, error: "the page could not be reached (ECONNREFUSED)" });
  });

  it("is refused to analysts", async () => {
    await expectAppError(getQueueOverview(await makeUser({ roles: ["analyst"] })), "FORBIDDEN");
  });
});

describe("retryJob", () => {
  it("queues a fresh copy through the outbox, removes the failed row and audits it", async () => {
    const job = await makeFailedJob({ evidenceId: "ev_retry_me" });
    const actor = await admin();
    await retryJob(actor, { queue: job.queue, jobId: job.id });

    expect(await getDb().jobOutbox.findMany({ where: { name: "evidence.capture", data: { equals: { evidenceId: "ev_retry_me" } } } })).toHaveLength(1);
    const left = await getDb().$queryRawUnsafe<unknown[]>(`SELECT 1 FROM pgboss.job WHERE id = $1::uuid`, job.id);
    expect(left).toHaveLength(0);
    expect(await getDb().auditEvent.count({ where: { action: "job.retry", entityId: job.id, actorId: actor.id } })).toBe(1);
  });

  it.each([
    ["an unknown queue", { queue: "no.such.queue" }, "queue"],
    ["a missing queue", { queue: undefined }, "queue"],
    ["a job id that is not a UUID", { jobId: "42" }, "jobId"],
    ["a missing job id", { jobId: undefined }, "jobId"],
  ])("refuses %s, naming the field and changing nothing", async (_what, patch, field) => {
    const job = await makeFailedJob();
    const actor = await admin();
    const before = await snapshotDatabase();
    const error = await expectAppError(retryJob(actor, { queue: job.queue, jobId: job.id, ...patch }), "INVALID_INPUT");
    expect(Object.keys(error.fieldErrors)).toContain(field);
    await expectDatabaseUnchanged(before);
  });

  it("answers 404 for a job that does not exist and 409 for one that has not failed", async () => {
    const actor = await admin();
    await makeFailedJob();
    await expectAppError(retryJob(actor, { queue: "evidence.capture", jobId: "00000000-0000-4000-8000-000000000000" }), "NOT_FOUND");
    const [waiting] = await getDb().$queryRawUnsafe<{ id: string }[]>(`INSERT INTO pgboss.job (name, data) VALUES ('evidence.capture', '{"evidenceId":"ev_waiting"}') RETURNING id::text AS id`);
    const before = await snapshotDatabase();
    await expectAppError(retryJob(actor, { queue: "evidence.capture", jobId: waiting!.id }), "CONFLICT");
    await expectDatabaseUnchanged(before);
  });
});
