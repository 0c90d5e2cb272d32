import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZAddEvidenceInput } from "@/lib/validation/evidence";
import { ZAcceptEvidenceSuggestionInput } from "@/lib/validation/reader-submissions";
import { parseInput } from "@/lib/validation/parse";
import { logEvidence } from "@/lib/server/evidence/add-evidence";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { lockNewSubmission } from "./lock-submission";
import { recordAcceptance } from "./record-acceptance";

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
    await recordAcceptance(tx, acting, submission, now, { evidenceId: evidence.id });
    return { submissionId: submission.id, evidenceId: evidence.id, claimId: evidence.claimId, trackerId: submission.trackerId };
  });
}
