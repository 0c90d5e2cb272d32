import "server-only";
// A reader's suggestion or report, taken without an account. Checks run in this order:
// the honeypot field, the input's own rules (a person gets named fields back and keeps
// what they typed), the proof of work, then the rate limits per address and per record.
// A bot-shaped failure gets one generic answer that says nothing of which check failed,
// and is logged with the reason. What is stored is shown to nobody outside the workspace
// until an analyst accepts it (docs/decisions/0045-reader-submissions.md).
import { createHash } from "node:crypto";
import { enqueue } from "@/lib/jobs/enqueue";
import type { Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { ZReaderSubmissionInput, type ReaderSubmissionInput } from "@/lib/validation/reader-submissions";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { publicClaimWhere, publicReadableProofPointWhere, publicTrackerWhere } from "@/lib/server/read/visibility";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { verifyProofOfWork } from "./proof-of-work";
import { takeSubmissionAllowance } from "./submission-limits";
import { recordSuggestionEvent } from "./suggestion-event";

/** The field a person never sees (hidden from view and from assistive technology) and a form-filling bot fills. */
export const HONEYPOT_FIELD = "website";
/** The widget's hidden field holding the solved challenge. */
export const PROOF_OF_WORK_FIELD = "altcha";

export const GENERIC_REFUSAL = "We could not take this submission just now. Please wait a few minutes and try again.";

export type SubmissionContext = CommandContext & { clientIp: string };

function refuse(reason: string, clientIp: string, input: Record<string, unknown>): never {
  // One line per refusal, for the operator; the reader only sees GENERIC_REFUSAL.
  console.warn(
    `Reader submission refused (${reason}) from ${clientIp || "unknown"}: ${JSON.stringify({ kind: input.kind, claimId: input.claimId, tracker: input.trackerSlug })}`,
  );
  throw new AppError("RATE_LIMITED", GENERIC_REFUSAL);
}

type Target = { trackerId: string; claimId: string | null; proofPointId: string | null };

async function findPublicTarget(tx: Prisma.TransactionClient, data: ReaderSubmissionInput): Promise<Target> {
  if (data.kind === "claim") {
    const tracker = await tx.tracker.findFirst({ where: { slug: data.trackerSlug, ...publicTrackerWhere() }, select: { id: true } });
    if (!tracker) throw notFound("The tracker");
    let proofPointId: string | null = null;
    if (data.proofPointKey) {
      const point = await tx.proofPoint.findFirst({
        where: { AND: [{ key: data.proofPointKey, trackerId: tracker.id }, publicReadableProofPointWhere()] },
        select: { id: true },
      });
      if (!point) throw notFound("The proof point");
      proofPointId = point.id;
    }
    return { trackerId: tracker.id, claimId: null, proofPointId };
  }
  const claim = await tx.claim.findFirst({
    where: { id: data.claimId, ...publicClaimWhere() },
    select: { id: true, proofPointId: true, proofPoint: { select: { trackerId: true } } },
  });
  if (!claim) throw notFound("The claim");
  return { trackerId: claim.proofPoint.trackerId, claimId: claim.id, proofPointId: claim.proofPointId };
}

function submissionFields(data: ReaderSubmissionInput) {
  switch (data.kind) {
    case "evidence":
      return { url: data.url.url, quote: data.quote, stance: data.stance, text: data.note, links: [] };
    case "dispute":
      return { text: data.problem, links: data.links };
    case "claim":
      return { text: data.statement, quote: data.note, links: data.links };
  }
}

export const hashEmailToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Stores a reader submission as "new". When an email was given, queues the mail that asks
 * the reader to confirm it; no outcome mail goes to an unconfirmed address.
 */
export async function submitReaderSubmission(input: Record<string, unknown>, context: SubmissionContext) {
  if (typeof input[HONEYPOT_FIELD] === "string" && input[HONEYPOT_FIELD] !== "") refuse("honeypot", context.clientIp, input);
  const { [HONEYPOT_FIELD]: _honeypot, [PROOF_OF_WORK_FIELD]: proof, ...fields } = input;
  const data = parseInput(ZReaderSubmissionInput, fields);
  const work = await verifyProofOfWork(proof);
  if (!work.ok) refuse(work.reason, context.clientIp, input);
  const targetKey = data.kind === "claim" ? `tracker:${data.trackerSlug}` : `claim:${data.claimId}`;
  const allowance = await takeSubmissionAllowance(context.clientIp, targetKey);
  if (!allowance.ok) refuse(allowance.reason, context.clientIp, input);

  const submission = await inTransaction(async (tx) => {
    const target = await findPublicTarget(tx, data);
    const created = await tx.readerSubmission.create({
      data: {
        kind: data.kind,
        ...target,
        ...submissionFields(data),
        email: data.email ?? null,
        ...(context.now ? { createdAt: context.now } : {}),
      },
    });
    // The audit trail keeps what was sent, but not the reader's address or token.
    const { email, emailTokenHash: _hash, ...audited } = created;
    await recordAuditEvent(tx, {
      actor: null,
      action: "reader-submission.create",
      entityType: "ReaderSubmission",
      entityId: created.id,
      after: { ...audited, emailGiven: email !== null },
    });
    await recordSuggestionEvent(tx, "suggestion.received", created, null);
    // The confirmation mail goes out after commit: the worker makes the one-time token and
    // stores only its hash (reader-mail.ts), so no raw token ever sits in the database.
    if (created.email) await enqueue(tx, "reader.confirm-email", { submissionId: created.id }, { singletonKey: created.id });
    return created;
  });
  return { id: submission.id, kind: submission.kind, emailGiven: submission.email !== null };
}
