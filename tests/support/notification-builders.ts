// Notification fixtures: webhook endpoints and delivery rows, made through the commands
// where the app would.
import { getDb } from "@/lib/db/client";
import { createWebhookEndpoint } from "@/lib/server/webhooks/endpoint-commands";
import { newWebhookMessageId } from "@/lib/server/webhooks/message-id";
import { makeUser } from "./builders";

export async function makeWebhookEndpoint(options: { url?: string; eventKinds?: string[]; trackerId?: string } = {}) {
  const admin = await makeUser({ roles: ["admin"] });
  const created = await createWebhookEndpoint(admin, {
    url: options.url ?? "https://hooks.example.org/proofboard",
    eventKinds: options.eventKinds ?? ["status.approved"],
    ...(options.trackerId ? { trackerId: options.trackerId } : {}),
  });
  return { admin, ...created };
}

/** A logged delivery that has finished (succeeded or failed), ready to redeliver. */
export async function makeFinishedDelivery(status: "succeeded" | "failed" = "failed") {
  const endpoint = await makeWebhookEndpoint();
  const delivery = await getDb().webhookDelivery.create({
    data: { id: newWebhookMessageId(), endpointId: endpoint.id, eventId: `evt-${crypto.randomUUID()}`, eventKind: "status.approved", payload: { type: "status.approved" }, status, attempts: 8 },
  });
  return { endpoint, delivery };
}
