// Job "notifications.prune": the webhook delivery log keeps 30 days; records of sent mails
// (only there to stop a second send) and unconfirmed follows older than that go too.
import "server-only";
import { getDb } from "@/lib/db/client";
import { WEBHOOK_LOG_DAYS } from "@/lib/domain/webhooks/retry-schedule";

export async function pruneNotifications(now: Date = new Date()) {
  const before = new Date(now.getTime() - WEBHOOK_LOG_DAYS * 24 * 3600 * 1000);
  const db = getDb();
  const deliveries = await db.webhookDelivery.deleteMany({ where: { createdAt: { lt: before }, status: { not: "pending" } } });
  const mails = await db.notificationMail.deleteMany({ where: { sentAt: { lt: before } } });
  const follows = await db.readerFollow.deleteMany({ where: { verifiedAt: null, createdAt: { lt: before } } });
  return { deliveries: deliveries.count, mails: mails.count, follows: follows.count };
}
