// The consumer of every domain event (job "events.dispatch"): one webhook delivery per
// subscribed endpoint and one immediate-mail job per person or follow that wants it, all
// written in one transaction. Idempotent: a retried dispatch (say after a crash before its
// job completed) finds the deliveries it made and queues nothing twice.
import "server-only";
import { getDb } from "@/lib/db/client";
import { isEventKind } from "@/lib/domain/events/event-kinds";
import { enqueue } from "@/lib/jobs/enqueue";
import { cadenceFor } from "@/lib/server/notifications/preferences-of";
import { followsReachedWhere, isReadableByReaders, userCandidatesOf } from "@/lib/server/notifications/recipients";
import { webhookPayloadOf } from "@/lib/server/webhooks/payload";
import { newWebhookMessageId } from "@/lib/server/webhooks/message-id";

export type DispatchResult = { deliveries: number; mails: number } | "skipped";

export async function dispatchEvent(eventId: string): Promise<DispatchResult> {
  return getDb().$transaction(async (tx) => {
    const event = await tx.domainEvent.findUnique({ where: { id: eventId } });
    if (!event || !isEventKind(event.kind)) return "skipped";

    const endpoints = await tx.webhookEndpoint.findMany({
      where: { disabledAt: null, eventKinds: { has: event.kind }, OR: [{ trackerId: null }, ...(event.trackerId ? [{ trackerId: event.trackerId }] : [])] },
      select: { id: true },
    });
    let deliveries = 0;
    for (const endpoint of endpoints) {
      const existing = await tx.webhookDelivery.findUnique({ where: { endpointId_eventId: { endpointId: endpoint.id, eventId } }, select: { id: true } });
      if (existing) continue;
      const delivery = await tx.webhookDelivery.create({
        data: { id: newWebhookMessageId(), endpointId: endpoint.id, eventId, eventKind: event.kind, payload: webhookPayloadOf(event), nextAttemptAt: new Date() },
      });
      await enqueue(tx, "webhooks.deliver", { deliveryId: delivery.id }, { singletonKey: delivery.id });
      deliveries += 1;
    }

    // Mails: the mail job itself skips a recipient already mailed for this event.
    let mails = 0;
    for (const userId of await userCandidatesOf(tx, event)) {
      if ((await cadenceFor(tx, userId, event.kind)) !== "immediate") continue;
      await enqueue(tx, "notifications.mail-event", { eventId, recipient: `user:${userId}` });
      mails += 1;
    }
    if (await isReadableByReaders(tx, event)) {
      const follows = await tx.readerFollow.findMany({ where: { ...followsReachedWhere(event), cadence: "immediate" }, select: { id: true, email: true } });
      // One mail per address, even if it follows both the claim and its tracker.
      const seen = new Set<string>();
      for (const follow of follows) {
        if (seen.has(follow.email)) continue;
        seen.add(follow.email);
        await enqueue(tx, "notifications.mail-event", { eventId, recipient: `follow:${follow.id}` });
        mails += 1;
      }
    }
    return { deliveries, mails };
  });
}
