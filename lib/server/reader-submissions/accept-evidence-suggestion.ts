import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZAddEvidenceInput } from "@/lib/validation/evidence";
import { ZAcceptEvidenceSuggestionInput } from "@/lib/validation/reader-submissions";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { logEvidence } from "@/lib/server/evidence/add-evidence";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { auditedSubmission, lockNewSubmission } from "./lock-submission";
import { queueOutcomeMail } from "./outcome-mail-queue";
import { recordSuggestionEvent } from "./suggestion-event";

/**
 * Accepts a reader's suggested link: logs it as an evidence item through the evidence
 * command's own body (the URL rules, one article one item, the source, the tally, capture),
 * with the analyst's title, stance and grade, and links the item to the suggestion. Both
 * happen in one transaction: a refused item leaves the suggestion new.
 */
export async function acceptEvidenceSuggestion(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "submission:triage");
  requirePermission(acting, "evidence:create");
  const { submissionId, ...fields } = parseInput(ZAcceptEvidenceSuggestionInput, input);
  return inTransaction(async (tx, touch) => {
    const submission = await lockNewSubmission(tx, submissionId, "evidence");
    const evidenceInput = parseInput(ZAddEvidenceInput, {
      url: submission.url,
      quote: submission.quote,
      stance: submission.stance,
      ...fields,
      claimId: submission.claimId,
    });
    const evidence = await logEvidence(tx, touch, acting, evidenceInput);
    const now = await commandNow(tx, context);
    const accepted = await tx.readerSubmission.update({
      where: { id: submission.id },
      data: { state: "accepted", decidedAt: now, decidedById: acting.id, evidenceId: evidence.id },
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
    return { submissionId: submission.id, evidenceId: evidence.id, claimId: evidence.claimId, trackerId: submission.trackerId };
  });
}
