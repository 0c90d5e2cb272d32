// Job "notifications.mail-event": the immediate mail about one event to one person or one
// reader's follow. Checked again at send time: a preference turned off, a follow
// unsubscribed or a tracker unpublished since the event stops the mail.
import "server-only";
import { getDb } from "@/lib/db/client";
import { EVENT_KIND_INFO, isEventKind } from "@/lib/domain/events/event-kinds";
import { isMailConfigured } from "@/lib/server/mail/send-mail";
import { composeEventMail } from "./compose-mail";
import { sendMailOnce } from "./mail-once";
import { cadenceFor, ensureNotificationSettings } from "./preferences-of";
import { followsReachedWhere, isReadableByReaders } from "./recipients";
import { unsubscribeUrl } from "./unsubscribe-links";

export type MailOutcome = "sent" | "already-sent" | "skipped";

export async function sendEventMail(eventId: string, recipient: string): Promise<MailOutcome> {
  if (!isMailConfigured()) return "skipped";
  const db = getDb();
  const event = await db.domainEvent.findUnique({ where: { id: eventId } });
  if (!event || !isEventKind(event.kind)) return "skipped";
  const [type, id] = recipient.split(":", 2) as ["user" | "follow", string];
  const dedupeKey = `event:${eventId}:${recipient}`;

  if (type === "user") {
    const user = await db.user.findFirst({ where: { id, deactivatedAt: null }, select: { id: true, email: true } });
    if (!user || (await cadenceFor(db, user.id, event.kind)) !== "immediate") return "skipped";
    const settings = await ensureNotificationSettings(db, user.id);
    const link = unsubscribeUrl(settings.unsubscribeToken, { kind: event.kind });
    const why = `You get “${EVENT_KIND_INFO[event.kind].label}” mails immediately; change that under Account › Notifications.`;
    const mail = composeEventMail(event, why, link);
    return sendMailOnce(dedupeKey, { to: user.email, ...mail, unsubscribeUrl: link, headers: { "X-Proofboard-Kind": event.kind } });
  }

  const follow = await db.readerFollow.findFirst({ where: { id, ...followsReachedWhere(event) } });
  if (!follow || !(await isReadableByReaders(db, event))) return "skipped";
  const link = unsubscribeUrl(follow.token);
  const why = `You follow this ${follow.claimId ? "claim" : "tracker"} on Proofboard.`;
  const mail = composeEventMail(event, why, link);
  return sendMailOnce(dedupeKey, { to: follow.email, ...mail, unsubscribeUrl: link, headers: { "X-Proofboard-Kind": event.kind } });
}
