// Webhooks end to end against a real HTTP receiver that verifies Standard Webhooks
// signatures: an approval that ticks a box reaches it signed; a crash between commit and
// delivery, or between sending and recording, loses nothing and (deduplicating on
// webhook-id) handles nothing twice; the retry schedule, disabling, re-enabling, secret
// rotation, redelivery and the 30-day log.
import { afterEach, describe, expect, it, vi } from "vitest";

process.env.PROOFBOARD_TEST_ONLY_FETCH_ALLOW = "127.0.0.1";

const { getDb } = await import("@/lib/db/client");
const { dispatchEvent } = await import("@/lib/server/events/dispatch-event");
const { deliverWebhook } = await import("@/lib/server/webhooks/deliver-webhook");
const { redeliverWebhook, rotateWebhookSecret, setWebhookEndpointEnabled } = await import("@/lib/server/webhooks/endpoint-commands");
const { pruneNotifications } = await import("@/lib/server/notifications/prune");
const { WEBHOOK_RETRY_DELAYS_SECONDS, WEBHOOK_MAX_ATTEMPTS } = await import("@/lib/domain/webhooks/retry-schedule");
const { JOB_HANDLERS } = await import("@/lib/jobs/handlers");
const { makeApprovedChange, makeClaim, makeEvidence, makeTracker, makeUser } = await import("../support/builders");
const { makeWebhookEndpoint } = await import("../support/notification-builders");
const { startWebhookReceiver } = await import("../support/webhook-receiver");
const { startTestWorker, waitFor } = await import("../support/job-worker");

const db = () => getDb();

afterEach(() => {
  vi.useRealTimers();
});

async function secretsOf(endpointId: string) {
  return (await db().webhookSecret.findMany({ where: { endpointId }, orderBy: { createdAt: "asc" } })).map((row) => row.secret);
}

/** A receiver, an endpoint for `kinds` pointing at it, and the secrets it verifies with. */
async function setUp(kinds: string[] = ["status.approved"], trackerId?: string) {
  let secrets: string[] = [];
  const receiver = await startWebhookReceiver({ secrets: () => secrets });
  const endpoint = await makeWebhookEndpoint({ url: receiver.url, eventKinds: kinds, trackerId });
  secrets = await secretsOf(endpoint.id);
  return { receiver, endpoint, setSecrets: (next: string[]) => void (secrets = next) };
}

/** A claim on its own tracker moved to supported (its box ticks); returns the status.approved event. */
async function tickABox() {
  const tracker = await makeTracker({ proofPoints: 1 });
  const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
  await makeApprovedChange({ claimId: claim.id, toStatus: "supported" });
  const event = await db().domainEvent.findFirstOrThrow({ where: { claimId: claim.id, kind: "status.approved" } });
  return { tracker, claim, event };
}

async function deliveryFor(endpointId: string, eventId: string) {
  return db().webhookDelivery.findUniqueOrThrow({ where: { endpointId_eventId: { endpointId, eventId } } });
}

describe("a box that ticks", () => {
  it("is recorded as a domain event with its dispatch job in the same transaction as the audit event", async () => {
    const { claim, event } = await tickABox();
    expect(event.data).toMatchObject({ claim: { id: claim.id }, statusChange: { toStatus: "supported", ticksBox: true } });
    const outbox = await db().jobOutbox.findMany({ where: { name: "events.dispatch" } });
    expect(outbox.map((row) => (row.data as { eventId: string }).eventId)).toContain(event.id);
    const audit = await db().auditEvent.findFirstOrThrow({ where: { action: "proposal.approve", after: { path: ["statusChangeId"], equals: event.subjectId } } });
    expect(audit.createdAt.getTime()).toBeLessThanOrEqual(event.occurredAt.getTime() + 1000);
  });

  it("reaches a subscribed endpoint signed per Standard Webhooks, and not one subscribed to other kinds or another tracker", async () => {
    const { receiver, endpoint } = await setUp(["status.approved"]);
    const other = await setUp(["evidence.removed"]);
    const elsewhere = await setUp(["status.approved"], (await makeTracker()).id);
    const { event, claim } = await tickABox();
    await dispatchEvent(event.id);
    const delivery = await deliveryFor(endpoint.id, event.id);
    for (const unsubscribed of [other, elsewhere]) expect(await db().webhookDelivery.count({ where: { endpointId: unsubscribed.endpoint.id } })).toBe(0);
    expect(await deliverWebhook(delivery.id)).toBe("succeeded");

    expect(receiver.handled.size).toBe(1);
    const received = receiver.handled.get(delivery.id)!;
    expect(received.id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(received.signature).toMatch(/^v1,[A-Za-z0-9+/=]+$/);
    expect(Number(received.timestamp)).toBeGreaterThan(Date.now() / 1000 - 60);
    expect(received.body).toMatchObject({ type: "status.approved", data: { eventId: event.id, claimId: claim.id, statusChange: { toStatus: "supported", ticksBox: true } } });
    expect(other.receiver.requests).toHaveLength(0);
    expect(elsewhere.receiver.requests).toHaveLength(0);

    const logged = await db().webhookAttempt.findMany({ where: { deliveryId: delivery.id } });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ statusCode: 200, responseHead: '{"ok":true}', error: null });
    expect(logged[0]!.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("is dispatched once however often its dispatch job runs", async () => {
    const { endpoint } = await setUp(["status.approved"]);
    const { event } = await tickABox();
    await dispatchEvent(event.id);
    await dispatchEvent(event.id);
    expect(await db().webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(1);
    expect(await db().jobOutbox.count({ where: { name: "webhooks.deliver" } })).toBeGreaterThanOrEqual(1);
  });
});

describe("a crash", () => {
  it("between the commit and the delivery loses nothing: a worker started afterwards delivers the event once", async () => {
    // Scoped to its own tracker: events of other tests in this file never reach it.
    const tracker = await makeTracker({ proofPoints: 1 });
    const { receiver, endpoint } = await setUp(["evidence.added"], tracker.id);
    const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    // The command committed; no worker was running (as if the process died right after).
    const evidence = await makeEvidence({ claimId: claim.id });
    const event = await db().domainEvent.findFirstOrThrow({ where: { kind: "evidence.added", subjectId: evidence.id } });
    expect(await db().webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);

    await startTestWorker({ handlers: { "events.dispatch": JOB_HANDLERS["events.dispatch"]!, "webhooks.deliver": JOB_HANDLERS["webhooks.deliver"]! } });
    await waitFor(async () => receiver.handled.size === 1, "the webhook");
    await waitFor(async () => (await deliveryFor(endpoint.id, event.id)).status === "succeeded", "the delivery to be recorded");
    expect([...receiver.handled.values()][0]!.body).toMatchObject({ type: "evidence.added", data: { eventId: event.id } });
    expect(receiver.requests).toHaveLength(1);
  });

  it("between sending and recording sends again with the same webhook-id, which the receiver handles once", async () => {
    const { receiver, endpoint } = await setUp(["status.approved"]);
    const { event } = await tickABox();
    await dispatchEvent(event.id);
    const delivery = await deliveryFor(endpoint.id, event.id);
    const crash = new Error("the worker died after sending");
    await expect(deliverWebhook(delivery.id, { afterSend: () => Promise.reject(crash) })).rejects.toBe(crash);
    expect(await deliveryFor(endpoint.id, event.id)).toMatchObject({ status: "pending", attempts: 0 });

    expect(await deliverWebhook(delivery.id)).toBe("succeeded");
    expect(receiver.requests.map((request) => request.headers["webhook-id"])).toEqual([delivery.id, delivery.id]);
    expect(receiver.handled.size).toBe(1);
    expect(await deliverWebhook(delivery.id)).toBe("skipped");
    expect(receiver.requests).toHaveLength(2);
  });
});

describe("retries", () => {
  it("follow the schedule (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h) and stop after the last attempt", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-03-01T08:00:00Z"));
    const { receiver, endpoint } = await setUp(["status.approved"]);
    receiver.answerWith(503);
    const { event } = await tickABox();
    await dispatchEvent(event.id);
    const delivery = await deliveryFor(endpoint.id, event.id);

    const waits: number[] = [];
    for (let attempt = 1; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      const before = Date.now();
      const outcome = await deliverWebhook(delivery.id);
      const row = await deliveryFor(endpoint.id, event.id);
      expect(row.attempts).toBe(attempt);
      if (attempt < WEBHOOK_MAX_ATTEMPTS) {
        expect(outcome).toBe("retrying");
        waits.push(Math.round((row.nextAttemptAt!.getTime() - before) / 1000));
        const queued = await db().jobOutbox.findFirstOrThrow({ where: { name: "webhooks.deliver", startAfter: row.nextAttemptAt }, orderBy: { id: "desc" } });
        expect(queued.data).toEqual({ deliveryId: delivery.id });
        vi.setSystemTime(row.nextAttemptAt!);
      } else {
        expect(outcome).toBe("failed");
        expect(row).toMatchObject({ status: "failed", nextAttemptAt: null });
      }
    }
    expect(waits).toEqual([...WEBHOOK_RETRY_DELAYS_SECONDS]);
    const attempts = await db().webhookAttempt.findMany({ where: { deliveryId: delivery.id }, orderBy: { attemptedAt: "asc" } });
    expect(attempts).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    expect(attempts.every((attempt) => attempt.statusCode === 503 && attempt.error === "HTTP 503")).toBe(true);
    // The log keeps the response's first bytes, not all of it.
    expect(attempts[0]!.responseHead.length).toBe(500);
    // About 28 hours of failures: not yet "failing for days".
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).disabledAt).toBeNull();
  });

  it("never reach a private address: the attempt is logged as refused", async () => {
    const endpoint = await makeWebhookEndpoint({ url: "http://10.1.2.3/hook", eventKinds: ["status.approved"] });
    const { event } = await tickABox();
    await dispatchEvent(event.id);
    const delivery = await deliveryFor(endpoint.id, event.id);
    expect(await deliverWebhook(delivery.id)).toBe("retrying");
    const [attempt] = await db().webhookAttempt.findMany({ where: { deliveryId: delivery.id } });
    expect(attempt).toMatchObject({ statusCode: null });
    expect(attempt!.error).toMatch(/private|reserved|refus|10\.1\.2\.3/i);
  });
});

describe("disabling", () => {
  it("switches off an endpoint that has failed for days, cancels its waiting deliveries, and re-enabling delivers again", async () => {
    const { receiver, endpoint, } = await setUp(["status.approved", "evidence.added"]);
    receiver.answerWith(500);
    await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: new Date(Date.now() - 6 * 24 * 3600 * 1000) } });
    const { event, claim } = await tickABox();
    await dispatchEvent(event.id);
    const waiting = await db().domainEvent.findFirstOrThrow({ where: { claimId: claim.id, kind: "evidence.added" } });
    await dispatchEvent(waiting.id);
    expect(await deliverWebhook((await deliveryFor(endpoint.id, event.id)).id)).toBe("disabled");

    const disabled = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    expect(disabled.disabledReason).toMatch(/failed since/);
    expect((await deliveryFor(endpoint.id, waiting.id)).status).toBe("cancelled");
    // While disabled, new events make no deliveries.
    const later = await tickABox();
    await dispatchEvent(later.event.id);
    expect(await db().webhookDelivery.count({ where: { endpointId: endpoint.id, eventId: later.event.id } })).toBe(0);

    const admin = await makeUser({ roles: ["admin"] });
    await setWebhookEndpointEnabled(admin, { endpointId: endpoint.id, enabled: true });
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({ disabledAt: null, failingSince: null });
    receiver.answerWith(200);
    const after = await tickABox();
    await dispatchEvent(after.event.id);
    expect(await deliverWebhook((await deliveryFor(endpoint.id, after.event.id)).id)).toBe("succeeded");
    expect(receiver.handled.size).toBe(1);
  });
});

describe("secret rotation", () => {
  it("signs with the old and the new secret during the overlap, then with the new one only", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-04-01T08:00:00Z"));
    const { receiver, endpoint, setSecrets } = await setUp(["status.approved"]);
    const [oldSecret] = await secretsOf(endpoint.id);
    const admin = await makeUser({ roles: ["admin"] });
    const rotated = await rotateWebhookSecret(admin, { endpointId: endpoint.id, overlapHours: 1 });
    expect(rotated.secret).not.toBe(oldSecret);

    // A receiver still holding only the old secret verifies during the overlap.
    setSecrets([oldSecret!]);
    const first = await tickABox();
    await dispatchEvent(first.event.id);
    const firstDelivery = await deliveryFor(endpoint.id, first.event.id);
    expect(await deliverWebhook(firstDelivery.id)).toBe("succeeded");
    expect(receiver.handled.get(firstDelivery.id)!.signature.split(" ")).toHaveLength(2);

    // After the overlap, only the new secret signs: the old one no longer verifies.
    vi.setSystemTime(new Date("2031-04-01T09:30:00Z"));
    setSecrets([rotated.secret]);
    const second = await tickABox();
    await dispatchEvent(second.event.id);
    const secondDelivery = await deliveryFor(endpoint.id, second.event.id);
    expect(await deliverWebhook(secondDelivery.id)).toBe("succeeded");
    const received = receiver.handled.get(secondDelivery.id)!;
    expect(received.signature.split(" ")).toHaveLength(1);
    expect(received.verifiedWith).toEqual([rotated.secret]);
  });
});

describe("the delivery log", () => {
  it("redelivers a logged delivery with the same webhook-id", async () => {
    const { receiver, endpoint } = await setUp(["status.approved"]);
    const { event } = await tickABox();
    await dispatchEvent(event.id);
    const delivery = await deliveryFor(endpoint.id, event.id);
    await deliverWebhook(delivery.id);
    const admin = await makeUser({ roles: ["admin"] });
    await redeliverWebhook(admin, { deliveryId: delivery.id });
    expect(await deliverWebhook(delivery.id)).toBe("succeeded");
    expect(receiver.requests.map((request) => request.headers["webhook-id"])).toEqual([delivery.id, delivery.id]);
    expect(await db().webhookAttempt.count({ where: { deliveryId: delivery.id } })).toBe(2);
  });

  it("keeps 30 days", async () => {
    const { endpoint } = await setUp(["status.approved"]);
    const { event } = await tickABox();
    await dispatchEvent(event.id);
    const fresh = await deliveryFor(endpoint.id, event.id);
    await db().webhookDelivery.update({ where: { id: fresh.id }, data: { status: "succeeded" } });
    const old = await db().webhookDelivery.create({
      data: { id: `msg_${"0".repeat(24)}${Date.now().toString(16).slice(-8)}`, endpointId: endpoint.id, eventId: `old-${crypto.randomUUID()}`, eventKind: "status.approved", payload: {}, status: "succeeded", createdAt: new Date(Date.now() - 31 * 24 * 3600 * 1000) },
    });
    await pruneNotifications();
    expect(await db().webhookDelivery.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await db().webhookDelivery.findUnique({ where: { id: fresh.id } })).not.toBeNull();
  });
});
