// One attempt of one webhook delivery (job "webhooks.deliver"): POST the signed payload
// through the safe fetcher (no private addresses, no redirects, a short timeout), log the
// attempt, then either finish, queue the next attempt on the retry schedule, give up, or
// disable an endpoint that has failed for days. The webhook-id stays the same on every
// attempt: a receiver that deduplicates on it handles a message once even if an attempt
// is repeated after a crash between sending and recording.
import "server-only";
import { getDb } from "@/lib/db/client";
import { isDeliverySuccess, nextAttemptDelaySeconds, shouldDisableEndpoint, WEBHOOK_TIMEOUT_MS } from "@/lib/domain/webhooks/retry-schedule";
import { enqueue } from "@/lib/jobs/enqueue";
import { appFetch, userAgent } from "@/lib/net/app-fetcher";
import type { SafeFetch } from "@/lib/net/safe-fetch";
import { currentSecrets, signWebhook } from "./sign";

/** What a delivery keeps of the response: its first bytes. */
const RESPONSE_HEAD_BYTES = 500;
const MAX_RESPONSE_BYTES = 256 * 1024;

export type DeliverOptions = {
  fetch?: SafeFetch;
  /** Test hook: runs after the request was sent and before anything is recorded. */
  afterSend?: () => void | Promise<void>;
};

export type DeliverOutcome = "skipped" | "succeeded" | "retrying" | "failed" | "disabled";

export async function deliverWebhook(deliveryId: string, options: DeliverOptions = {}): Promise<DeliverOutcome> {
  const db = getDb();
  const delivery = await db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { endpoint: { include: { secrets: true } } } });
  if (!delivery || delivery.status !== "pending") return "skipped";
  const endpoint = delivery.endpoint;
  if (endpoint.disabledAt) {
    await db.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "cancelled", nextAttemptAt: null } });
    return "skipped";
  }

  const body = JSON.stringify(delivery.payload);
  const sentAt = new Date();
  const headers = signWebhook(currentSecrets(endpoint.secrets, sentAt), delivery.id, sentAt, body);
  const started = performance.now();
  let statusCode: number | null = null;
  let responseHead = "";
  let error: string | null = null;
  try {
    const response = await (options.fetch ?? appFetch())(endpoint.url, {
      body,
      headers: { ...headers, "content-type": "application/json", "user-agent": userAgent() },
      maxRedirects: 0,
      timeoutMs: WEBHOOK_TIMEOUT_MS,
      maxBytes: MAX_RESPONSE_BYTES,
    });
    statusCode = response.status;
    responseHead = response.body.subarray(0, RESPONSE_HEAD_BYTES).toString("utf8");
    if (!isDeliverySuccess(statusCode)) error = `HTTP ${statusCode}`;
  } catch (caught) {
    error = (caught as Error).message;
  }
  const latencyMs = Math.round(performance.now() - started);
  await options.afterSend?.();

  return db.$transaction(async (tx) => {
    const now = new Date();
    await tx.webhookAttempt.create({ data: { deliveryId: delivery.id, attemptedAt: sentAt, statusCode, latencyMs, responseHead, error } });
    const attempts = delivery.attempts + 1;
    if (error === null) {
      await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "succeeded", attempts, nextAttemptAt: null } });
      await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince: null } });
      return "succeeded";
    }
    const failingSince = endpoint.failingSince ?? sentAt;
    if (!endpoint.failingSince) await tx.webhookEndpoint.update({ where: { id: endpoint.id }, data: { failingSince } });
    if (shouldDisableEndpoint(failingSince, now)) {
      await tx.webhookEndpoint.update({
        where: { id: endpoint.id },
        data: { disabledAt: now, disabledReason: `Every delivery failed since ${failingSince.toISOString()} (last: ${error}).` },
      });
      await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "failed", attempts, nextAttemptAt: null } });
      await tx.webhookDelivery.updateMany({ where: { endpointId: endpoint.id, status: "pending" }, data: { status: "cancelled", nextAttemptAt: null } });
      return "disabled";
    }
    const delay = nextAttemptDelaySeconds(attempts);
    if (delay === null) {
      await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "failed", attempts, nextAttemptAt: null } });
      return "failed";
    }
    const nextAttemptAt = new Date(now.getTime() + delay * 1000);
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { attempts, nextAttemptAt } });
    await enqueue(tx, "webhooks.deliver", { deliveryId: delivery.id }, { singletonKey: delivery.id, startAfter: nextAttemptAt });
    return "retrying";
  });
}
