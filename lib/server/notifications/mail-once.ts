// A notification mail goes out at most once per key, unless the process dies between the
// send and the record (then it may go twice: at-least-once, never lost).
import "server-only";
import { getDb } from "@/lib/db/client";
import { sendMail, type OutgoingMail } from "@/lib/server/mail/send-mail";

export async function sendMailOnce(dedupeKey: string, mail: OutgoingMail): Promise<"sent" | "already-sent"> {
  const db = getDb();
  if (await db.notificationMail.findUnique({ where: { dedupeKey }, select: { id: true } })) return "already-sent";
  await sendMail(mail);
  await db.notificationMail.upsert({ where: { dedupeKey }, create: { dedupeKey }, update: {} });
  return "sent";
}
