// Jobs "notifications.daily-digest" and "notifications.weekly-digest": for every person
// with a kind on that cadence, and every verified follow on it, one mail listing the
// events since their last digest, grouped by kind. Each recipient's window ends at the
// run's start and is recorded after its mail, so a rerun after a crash sends only what is
// left (and a mail already sent for a window is not sent again).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { isPublicKind, EVENT_KINDS } from "@/lib/domain/events/event-kinds";
import { cadenceOf, DIGEST_WINDOW_MS, type DigestCadence } from "@/lib/domain/notifications/preferences";
import { isMailConfigured } from "@/lib/server/mail/send-mail";
import { publicTrackerWhere } from "@/lib/server/read/visibility";
import { composeDigestMail } from "./compose-mail";
import { sendMailOnce } from "./mail-once";
import { chosenCadences, ensureNotificationSettings } from "./preferences-of";
import { userCandidatesOf } from "./recipients";
import { unsubscribeUrl } from "./unsubscribe-links";

const MAX_EVENTS = 500;

export type DigestRun = { users: number; follows: number };

export async function sendDigests(cadence: DigestCadence, runAt: Date = new Date()): Promise<DigestRun> {
  if (!isMailConfigured()) return { users: 0, follows: 0 };
  return { users: await sendUserDigests(cadence, runAt), follows: await sendFollowDigests(cadence, runAt) };
}

function windowStart(sentUntil: Date | null, cadence: DigestCadence, runAt: Date): Date {
  return sentUntil ?? new Date(runAt.getTime() - DIGEST_WINDOW_MS[cadence]);
}

async function sendUserDigests(cadence: DigestCadence, runAt: Date): Promise<number> {
  const db = getDb();
  const cursor = cadence === "daily" ? "dailySentUntil" : "weeklySentUntil";
  const users = await db.user.findMany({ where: { deactivatedAt: null }, select: { id: true, email: true, name: true }, orderBy: { id: "asc" } });
  let sent = 0;
  for (const user of users) {
    const chosen = await chosenCadences(db, user.id);
    const kinds = EVENT_KINDS.filter((kind) => cadenceOf(kind, chosen) === cadence);
    if (kinds.length === 0) continue;
    const settings = await ensureNotificationSettings(db, user.id);
    const from = windowStart(settings[cursor], cadence, runAt);
    const candidates = await db.domainEvent.findMany({
      where: { kind: { in: kinds }, occurredAt: { gt: from, lte: runAt } },
      orderBy: { occurredAt: "asc" },
      take: MAX_EVENTS,
    });
    const events = [];
    for (const event of candidates) if ((await userCandidatesOf(db, event)).includes(user.id)) events.push(event);
    if (events.length > 0) {
      const link = unsubscribeUrl(settings.unsubscribeToken, { cadence });
      const why = `You chose a ${cadence} digest for these kinds of update; change that under Account › Notifications.`;
      const mail = composeDigestMail(`Your ${cadence} Proofboard digest`, events, why, link);
      await sendMailOnce(`digest:${cadence}:user:${user.id}:${runAt.toISOString()}`, { to: user.email, ...mail, unsubscribeUrl: link, headers: { "X-Proofboard-Kind": `digest.${cadence}` } });
      sent += 1;
    }
    await db.notificationSettings.update({ where: { userId: user.id }, data: { [cursor]: runAt } });
  }
  return sent;
}

async function sendFollowDigests(cadence: DigestCadence, runAt: Date): Promise<number> {
  const db = getDb();
  const follows = await db.readerFollow.findMany({ where: { cadence, verifiedAt: { not: null }, unsubscribedAt: null }, orderBy: { id: "asc" } });
  let sent = 0;
  for (const follow of follows) {
    const from = windowStart(follow.sentUntil ?? follow.verifiedAt, cadence, runAt);
    const scope: Prisma.DomainEventWhereInput = follow.claimId ? { claimId: follow.claimId } : { trackerId: follow.trackerId };
    const candidates = await db.domainEvent.findMany({ where: { ...scope, occurredAt: { gt: from, lte: runAt } }, orderBy: { occurredAt: "asc" }, take: MAX_EVENTS });
    const trackerIds = [...new Set(candidates.map((event) => event.trackerId).filter((id): id is string => id !== null))];
    const visible = new Set((await db.tracker.findMany({ where: { id: { in: trackerIds }, ...publicTrackerWhere() }, select: { id: true } })).map((t) => t.id));
    const events = candidates.filter((event) => isPublicKind(event.kind) && event.trackerId !== null && visible.has(event.trackerId));
    if (events.length > 0) {
      const link = unsubscribeUrl(follow.token);
      const title = await followTitle(follow);
      const mail = composeDigestMail(`${cadence === "daily" ? "Today" : "This week"} on ${title}`, events, `You follow ${title} on Proofboard (${cadence} digest).`, link);
      await sendMailOnce(`digest:${cadence}:follow:${follow.id}:${runAt.toISOString()}`, { to: follow.email, ...mail, unsubscribeUrl: link, headers: { "X-Proofboard-Kind": `digest.${cadence}` } });
      sent += 1;
    }
    await db.readerFollow.update({ where: { id: follow.id }, data: { sentUntil: runAt } });
  }
  return sent;
}

async function followTitle(follow: { claimId: string | null; trackerId: string | null }): Promise<string> {
  const db = getDb();
  if (follow.claimId) {
    const claim = await db.claim.findUnique({ where: { id: follow.claimId }, select: { statement: true } });
    const statement = claim?.statement ?? "a claim";
    return `“${statement.length > 60 ? `${statement.slice(0, 59)}…` : statement}”`;
  }
  const tracker = await db.tracker.findUnique({ where: { id: follow.trackerId ?? "" }, select: { title: true } });
  return tracker?.title ?? "a tracker";
}
