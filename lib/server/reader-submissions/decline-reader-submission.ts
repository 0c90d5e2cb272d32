import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZDeclineReaderSubmissionInput } from "@/lib/validation/reader-submissions";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { auditedSubmission, lockNewSubmission } from "./lock-submission";
import { queueOutcomeMail } from "./outcome-mail-queue";
import { recordSuggestionEvent } from "./suggestion-event";

/**
 * Declines a submission with a short reason written for the public: a declined report
 * is listed in the tracker's corrections log with that reason (never the reader's text).
 */
export async function declineReaderSubmission(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "submission:triage");
  const data = parseInput(ZDeclineReaderSubmissionInput, input);
  return inTransaction(async (tx, touch) => {
    const submission = await lockNewSubmission(tx, data.submissionId, null);
    const now = await commandNow(tx, context);
    const declined = await tx.readerSubmission.update({
      where: { id: submission.id },
      data: { state: "declined", decidedAt: now, decidedById: acting.id, declineReason: data.reason },
    });
    // Declined reports appear in the public corrections log.
    if (submission.kind === "dispute") touch.tracker(submission.trackerId);
    await recordAuditEvent(tx, {
      actor: acting,
      action: "reader-submission.decline",
      entityType: "ReaderSubmission",
      entityId: submission.id,
      before: auditedSubmission(submission),
      after: auditedSubmission(declined),
    });
    await recordSuggestionEvent(tx, "suggestion.decided", declined, acting);
    await queueOutcomeMail(tx, declined);
    return { submissionId: submission.id, trackerId: submission.trackerId };
  });
}
