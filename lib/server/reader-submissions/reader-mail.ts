import "server-only";
// The two mails a reader can get, sent by the worker after the write that asked for them
// has committed: the link that confirms their address, and the outcome of their
// submission, which only ever goes to a confirmed address.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db/client";
import { serverEnv } from "@/lib/env";
import { claimPath, trackerPaths } from "@/lib/public/urls";
import { isMailConfigured, sendMail } from "@/lib/server/mail/send-mail";
import { hashEmailToken } from "./submit-reader-submission";

export const CONFIRM_EMAIL_PATH = "/reader/confirm-email";

// Without a mail server nothing can be sent: the job ends instead of filling the
// dead-letter queue with retries that cannot succeed.
function mailUnavailable(what: string, submissionId: string): boolean {
  if (isMailConfigured()) return false;
  console.warn(`Reader ${what} for ${submissionId} not sent: mail is not configured (SMTP_URL).`);
  return true;
}

const KIND_WORDS = { evidence: "the link you suggested", dispute: "the error you reported", claim: "the claim you suggested" } as const;

/** Makes a fresh one-time token (only its hash is kept) and mails the link that confirms the address. */
export async function mailReaderConfirmation(submissionId: string): Promise<"sent" | "skipped"> {
  const db = getDb();
  const submission = await db.readerSubmission.findUnique({ where: { id: submissionId }, select: { email: true, emailVerifiedAt: true, kind: true } });
  if (!submission?.email || submission.emailVerifiedAt || mailUnavailable("confirmation mail", submissionId)) return "skipped";
  const token = randomBytes(24).toString("base64url");
  await db.readerSubmission.update({ where: { id: submissionId }, data: { emailTokenHash: hashEmailToken(token) } });
  const link = `${serverEnv().PUBLIC_BASE_URL}${CONFIRM_EMAIL_PATH}?token=${encodeURIComponent(token)}`;
  await sendMail({
    to: submission.email,
    subject: "Confirm your address to hear back from Proofboard",
    text:
      `You sent Proofboard ${KIND_WORDS[submission.kind]} and gave this address to hear the outcome.\n\n` +
      `Confirm it here (the page asks you to press one button):\n${link}\n\n` +
      "If this was not you, ignore this mail: without confirmation we write to this address no more. We never show it publicly.",
    headers: { "X-Proofboard-Kind": "reader-confirm-email" },
  });
  return "sent";
}

/** Tells a confirmed reader how their submission was decided; at most once, then forgets the address. */
export async function mailReaderOutcome(submissionId: string): Promise<"sent" | "skipped"> {
  const db = getDb();
  const submission = await db.readerSubmission.findUnique({
    where: { id: submissionId },
    select: {
      kind: true,
      state: true,
      email: true,
      emailVerifiedAt: true,
      outcomeMailedAt: true,
      declineReason: true,
      claimId: true,
      createdClaimId: true,
      tracker: { select: { slug: true } },
    },
  });
  if (!submission?.email || !submission.emailVerifiedAt || submission.outcomeMailedAt || submission.state === "new") return "skipped";
  if (mailUnavailable("outcome mail", submissionId)) return "skipped";
  const base = serverEnv().PUBLIC_BASE_URL;
  const claimId = submission.createdClaimId ?? submission.claimId;
  const where = claimId ? `${base}${claimPath(claimId)}` : `${base}${trackerPaths(submission.tracker.slug).corrections}`;
  const text =
    submission.state === "declined"
      ? `An analyst looked at ${KIND_WORDS[submission.kind]} and declined it, with this reason:\n\n${submission.declineReason ?? ""}\n\n${where}`
      : submission.kind === "dispute"
        ? `An analyst accepted the error you reported: the claim goes back to a second person for review. The outcome will be listed in the corrections log:\n${base}${trackerPaths(submission.tracker.slug).corrections}`
        : `An analyst accepted ${KIND_WORDS[submission.kind]}; it is now on the public record:\n${where}`;
  await sendMail({
    to: submission.email,
    subject: submission.state === "declined" ? "Your submission to Proofboard was declined" : "Your submission to Proofboard was accepted",
    text: `${text}\n\nThank you for writing to us.`,
    headers: { "X-Proofboard-Kind": "reader-outcome" },
  });
  // The address has served its one purpose: it is erased, not kept.
  await db.readerSubmission.update({ where: { id: submissionId }, data: { outcomeMailedAt: new Date(), email: null } });
  return "sent";
}
