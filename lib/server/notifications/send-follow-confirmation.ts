// Job "notifications.confirm-follow": the double opt-in mail of a reader's new follow.
// Its link opens a page with a confirm button (a mail scanner that fetches links does not
// confirm anything); the same mail can stop it again.
import "server-only";
import { getDb } from "@/lib/db/client";
import { isMailConfigured } from "@/lib/server/mail/send-mail";
import { CADENCE_LABELS, type Cadence } from "@/lib/domain/notifications/preferences";
import { sendMailOnce } from "./mail-once";
import { absoluteUrl, unsubscribeUrl } from "./unsubscribe-links";

export async function sendFollowConfirmation(followId: string): Promise<"sent" | "already-sent" | "skipped"> {
  if (!isMailConfigured()) return "skipped";
  const db = getDb();
  const follow = await db.readerFollow.findUnique({ where: { id: followId } });
  if (!follow || follow.verifiedAt || follow.unsubscribedAt) return "skipped";
  const target = follow.claimId
    ? `the claim “${(await db.claim.findUnique({ where: { id: follow.claimId }, select: { statement: true } }))?.statement ?? ""}”`
    : `the tracker “${(await db.tracker.findUnique({ where: { id: follow.trackerId ?? "" }, select: { title: true } }))?.title ?? ""}”`;
  const confirm = absoluteUrl(`/follow/${follow.token}`);
  const stop = unsubscribeUrl(follow.token);
  const cadence = CADENCE_LABELS[follow.cadence as Cadence]?.toLowerCase() ?? follow.cadence;
  return sendMailOnce(`confirm:${follow.id}`, {
    to: follow.email,
    subject: "Confirm that you want Proofboard updates",
    text: `Someone, hopefully you, asked to follow ${target} on Proofboard (${cadence}).\n\nConfirm: ${confirm}\n\nIf it was not you, ignore this mail: nothing is sent until you confirm.\n`,
    html: `<p>Someone, hopefully you, asked to follow ${escape(target)} on Proofboard (${escape(cadence)}).</p><p><a href="${escape(confirm)}">Confirm the follow</a></p><p>If it was not you, ignore this mail: nothing is sent until you confirm.</p>`,
    unsubscribeUrl: stop,
    headers: { "X-Proofboard-Kind": "follow.confirm" },
  });
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char]!);
}
