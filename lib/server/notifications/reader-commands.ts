// Readers' commands (no account): follow a public tracker or claim by mail, confirm the
// follow from the mail (double opt-in), and unsubscribe with the link every mail carries.
// A follow gets mail only once confirmed; the same token later unsubscribes it.
import "server-only";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { CADENCES, type Cadence } from "@/lib/domain/notifications/preferences";
import { EVENT_KINDS } from "@/lib/domain/events/event-kinds";
import { enqueue } from "@/lib/jobs/enqueue";
import { getDb } from "@/lib/db/client";
import { inTransaction } from "@/lib/server/transaction";
import { publicClaimWhere, publicTrackerWhere } from "@/lib/server/read/visibility";
import { parseInput } from "@/lib/validation/parse";
import { ZFollowInput, ZFollowToken, ZUnsubscribeInput } from "@/lib/validation/notifications";
import { cadenceOf } from "@/lib/domain/notifications/preferences";
import { chosenCadences, newToken } from "./preferences-of";

/** Unconfirmed follows one address may start per day: the confirmation mail is not a way to flood an inbox. */
const MAX_PENDING_PER_DAY = 5;

export async function followByEmail(input: unknown, context: { now?: Date } = {}) {
  const data = parseInput(ZFollowInput, input);
  const now = context.now ?? new Date();
  return inTransaction(async (tx) => {
    if (data.claimId && !(await tx.claim.findFirst({ where: { id: data.claimId, ...publicClaimWhere() }, select: { id: true } }))) {
      throw invalidField("claimId", "is not a public claim");
    }
    if (data.trackerId && !(await tx.tracker.findFirst({ where: { id: data.trackerId, ...publicTrackerWhere() }, select: { id: true } }))) {
      throw invalidField("trackerId", "is not a public tracker");
    }
    const pending = await tx.readerFollow.count({ where: { email: data.email, verifiedAt: null, createdAt: { gt: new Date(now.getTime() - 24 * 3600 * 1000) } } });
    if (pending >= MAX_PENDING_PER_DAY) {
      throw new AppError("RATE_LIMITED", "This address has asked for several follows today without confirming one: look for the confirmation mails, or try again tomorrow.");
    }
    const follow = await tx.readerFollow.create({
      data: { email: data.email, cadence: data.cadence, trackerId: data.trackerId ?? null, claimId: data.claimId ?? null, token: newToken(), createdAt: now },
    });
    await enqueue(tx, "notifications.confirm-follow", { followId: follow.id });
    return { id: follow.id, email: follow.email };
  });
}

/** Confirms a follow; an older follow of the same address and target gives way to it. */
export async function confirmFollow(input: unknown) {
  const { token } = parseInput(ZFollowToken, input);
  return inTransaction(async (tx) => {
    const follow = await tx.readerFollow.findUnique({ where: { token } });
    if (!follow || follow.unsubscribedAt) throw new AppError("NOT_FOUND", "This confirmation link is not valid any more: follow again to get a new one.");
    if (follow.verifiedAt) return { id: follow.id, alreadyConfirmed: true };
    const now = new Date();
    await tx.readerFollow.updateMany({
      where: { email: follow.email, trackerId: follow.trackerId, claimId: follow.claimId, id: { not: follow.id }, unsubscribedAt: null },
      data: { unsubscribedAt: now },
    });
    await tx.readerFollow.update({ where: { id: follow.id }, data: { verifiedAt: now, sentUntil: now } });
    return { id: follow.id, alreadyConfirmed: false };
  });
}

export type UnsubscribeResult = { what: string };

/**
 * One-click unsubscribe (RFC 8058). A reader's token ends that follow; a person's token
 * turns off the kind (or every kind on the cadence) the mail was about, or all mail.
 * Idempotent: a second click says the same.
 */
export async function unsubscribe(input: unknown): Promise<UnsubscribeResult> {
  const data = parseInput(ZUnsubscribeInput, input);
  return inTransaction(async (tx) => {
    const follow = await tx.readerFollow.findUnique({ where: { token: data.token } });
    if (follow) {
      if (!follow.unsubscribedAt) await tx.readerFollow.update({ where: { id: follow.id }, data: { unsubscribedAt: new Date() } });
      return { what: `You no longer follow this ${follow.claimId ? "claim" : "tracker"}.` };
    }
    const settings = await tx.notificationSettings.findUnique({ where: { unsubscribeToken: data.token } });
    if (!settings) throw new AppError("NOT_FOUND", "This unsubscribe link is not valid. Signed-in users can change their mail under Account › Notifications.");
    const chosen = await chosenCadences(tx, settings.userId);
    const kinds = data.kind ? [data.kind] : EVENT_KINDS.filter((kind) => !data.cadence || cadenceOf(kind, chosen) === data.cadence);
    for (const kind of kinds) {
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId: settings.userId, kind } }, create: { userId: settings.userId, kind, cadence: "off" }, update: { cadence: "off" } });
    }
    return { what: data.kind ? "You will get no more mails of this kind." : data.cadence ? `Your ${data.cadence} mails are turned off.` : "All your notification mails are turned off." };
  });
}

/**
 * What the follow page shows to whoever holds the link: what is followed, how often, and
 * whether it is confirmed. Not the address: a forwarded link should not reveal it.
 */
export async function describeFollow(token: string) {
  const parsed = ZFollowToken.safeParse({ token });
  if (!parsed.success) return null;
  const db = getDb();
  const follow = await db.readerFollow.findUnique({ where: { token: parsed.data.token }, select: { cadence: true, verifiedAt: true, unsubscribedAt: true, claimId: true, trackerId: true } });
  if (!follow || !(CADENCES as readonly string[]).includes(follow.cadence)) return null;
  const target = follow.claimId
    ? { kind: "claim" as const, title: (await db.claim.findUnique({ where: { id: follow.claimId }, select: { statement: true } }))?.statement ?? "", path: `/claims/${follow.claimId}` }
    : { kind: "tracker" as const, ...(await trackerTarget(follow.trackerId ?? "")) };
  return { cadence: follow.cadence as Cadence, confirmed: follow.verifiedAt !== null, stopped: follow.unsubscribedAt !== null, target };
}

async function trackerTarget(trackerId: string): Promise<{ title: string; path: string }> {
  const tracker = await getDb().tracker.findUnique({ where: { id: trackerId }, select: { title: true, slug: true } });
  return { title: tracker?.title ?? "", path: tracker ? `/trackers/${tracker.slug}` : "/" };
}
