// What the admin webhook pages read: only admins may, secrets never leave the server (only
// their dates), and an endpoint's log holds its deliveries of the last 30 days with every
// attempt's status, latency and the response's first bytes, newest first.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getWebhookEndpoint, listWebhookEndpoints, listWebhookTrackers } from "@/lib/server/webhooks/endpoint-queries";
import { rotateWebhookSecret } from "@/lib/server/webhooks/endpoint-commands";
import { newWebhookMessageId } from "@/lib/server/webhooks/message-id";
import { makeTracker, makeUser } from "../support/builders";
import { makeWebhookEndpoint } from "../support/notification-builders";
import { expectAppError } from "../support/snapshot";

const DAY = 24 * 3600 * 1000;

describe("the webhook admin queries", () => {
  it("refuse everyone but admins", async () => {
    for (const roles of [["analyst"], ["reviewer"]] as const) {
      const user = await makeUser({ roles: [...roles] });
      await expectAppError(listWebhookEndpoints(user), "FORBIDDEN");
      await expectAppError(listWebhookTrackers(user), "FORBIDDEN");
      await expectAppError(getWebhookEndpoint(user, { endpointId: "we_any" }), "FORBIDDEN");
    }
    await expectAppError(listWebhookEndpoints(null), "UNAUTHENTICATED");
  });

  it("list an endpoint with its tracker and no secret, and show its 30-day log with attempts", async () => {
    const tracker = await makeTracker({ proofPoints: 1 });
    const { admin, id, secret } = await makeWebhookEndpoint({ url: "https://hooks.example.org/desk", eventKinds: ["evidence.added", "status.approved"], trackerId: tracker.id });
    await rotateWebhookSecret(admin, { endpointId: id, overlapHours: 2 });
    const db = getDb();
    const recent = await db.webhookDelivery.create({
      data: {
        id: newWebhookMessageId(),
        endpointId: id,
        eventId: `evt-${crypto.randomUUID()}`,
        eventKind: "status.approved",
        payload: {},
        status: "succeeded",
        attempts: 2,
        attemptsLog: {
          create: [
            { attemptedAt: new Date(Date.now() - 60_000), statusCode: 503, latencyMs: 120, responseHead: "busy", error: "HTTP 503" },
            { attemptedAt: new Date(), statusCode: 204, latencyMs: 35, responseHead: "" },
          ],
        },
      },
    });
    const old = await db.webhookDelivery.create({
      data: { id: newWebhookMessageId(), endpointId: id, eventId: `evt-${crypto.randomUUID()}`, eventKind: "status.approved", payload: {}, status: "failed", attempts: 8, createdAt: new Date(Date.now() - 31 * DAY) },
    });

    const listed = (await listWebhookEndpoints(admin)).find((endpoint) => endpoint.id === id);
    expect(listed).toMatchObject({ url: "https://hooks.example.org/desk", tracker: { id: tracker.id, title: tracker.title }, eventKinds: ["evidence.added", "status.approved"], disabledAt: null });
    expect(JSON.stringify(listed)).not.toContain(secret);

    const detail = await getWebhookEndpoint(admin, { endpointId: id });
    expect(JSON.stringify(detail)).not.toMatch(/whsec_/);
    expect(detail.secrets).toHaveLength(2);
    expect(detail.secrets.filter((row) => row.expiresAt !== null)).toHaveLength(1);
    expect(detail.deliveries.map((delivery) => delivery.id)).toEqual([recent.id]);
    expect(detail.deliveries.map((delivery) => delivery.id)).not.toContain(old.id);
    expect(detail.deliveries[0]!.attemptsLog.map((attempt) => [attempt.statusCode, attempt.latencyMs, attempt.responseHead])).toEqual([
      [204, 35, ""],
      [503, 120, "busy"],
    ]);
    await expectAppError(getWebhookEndpoint(admin, { endpointId: "we_does_not_exist" }), "NOT_FOUND");
    await expectAppError(getWebhookEndpoint(admin, { endpointId: "" }), "INVALID_INPUT");
  });
});
