import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { auditedSubmission, type lockNewSubmission } from "./lock-submission";
import { queueOutcomeMail } from "./outcome-mail-queue";
import { recordSuggestionEvent } from "./suggestion-event";

/**
 * What every accepting command does once its own work is done: marks the submission
 * accepted with what it led to (`outcome`), audits it, records the workflow event and queues
 * the reader's outcome mail, all in the caller's transaction.
 */
export async function recordAcceptance(
  tx: Prisma.TransactionClient,
  acting: Actor,
  submission: Awaited<ReturnType<typeof lockNewSubmission>>,
  at: Date,
  outcome: Pick<Prisma.ReaderSubmissionUncheckedUpdateInput, "statusAtDecision" | "evidenceId" | "createdClaimId">,
) {
  const accepted = await tx.readerSubmission.update({
    where: { id: submission.id },
    data: { state: "accepted", decidedAt: at, decidedById: acting.id, ...outcome },
  });
  await recordAuditEvent(tx, {
    actor: acting,
    action: "reader-submission.accept",
    entityType: "ReaderSubmission",
    entityId: submission.id,
    before: auditedSubmission(submission),
    after: auditedSubmission(accepted),
  });
  await recordSuggestionEvent(tx, "suggestion.decided", accepted, acting);
  await queueOutcomeMail(tx, accepted);
  return accepted;
}
