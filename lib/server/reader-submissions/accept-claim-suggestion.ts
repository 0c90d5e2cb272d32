import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { invalidField } from "@/lib/errors/app-error";
import { ZCreateClaimInput } from "@/lib/validation/claim";
import { ZAcceptClaimSuggestionInput } from "@/lib/validation/reader-submissions";
import { parseInput } from "@/lib/validation/parse";
import { fileClaim } from "@/lib/server/claims/create-claim";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { lockNewSubmission } from "./lock-submission";
import { recordAcceptance } from "./record-acceptance";

/**
 * Accepts a reader's suggested claim: files it through the claim command's own body, with
 * the analyst's wording, claimant, subject and dates, under a proof point of the
 * suggestion's tracker, and links the two. New claims are unverified (rule 1).
 */
export async function acceptClaimSuggestion(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "submission:triage");
  requirePermission(acting, "claim:create");
  const { submissionId, ...fields } = parseInput(ZAcceptClaimSuggestionInput, input);
  return inTransaction(async (tx, touch) => {
    const submission = await lockNewSubmission(tx, submissionId, "claim");
    const claimInput = parseInput(ZCreateClaimInput, { statement: submission.text, proofPointId: submission.proofPointId ?? "", ...fields });
    const point = await tx.proofPoint.findUnique({ where: { id: claimInput.proofPointId }, select: { trackerId: true } });
    if (point && point.trackerId !== submission.trackerId) throw invalidField("proofPointId", "must be a proof point of the tracker the reader wrote about");
    const claim = await fileClaim(tx, touch, acting, claimInput);
    const now = await commandNow(tx, context);
    await recordAcceptance(tx, acting, submission, now, { createdClaimId: claim.id });
    return { submissionId: submission.id, claimId: claim.id, trackerId: submission.trackerId };
  });
}
