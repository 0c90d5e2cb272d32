import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZAcceptDisputeInput } from "@/lib/validation/reader-submissions";
import { parseInput } from "@/lib/validation/parse";
import { flagClaimsForReReview } from "@/lib/server/re-review/flag-claims";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { lockNewSubmission } from "./lock-submission";
import { recordAcceptance } from "./record-acceptance";

/**
 * Accepts a reader's report of an error: the claim is flagged "needs re-review", so a
 * reviewer other than whoever proposes must confirm its status or approve a change (the
 * four-eyes flow of rule 2; an analyst may also file a proposal at once through the usual
 * form). The claim's status at this moment is kept: the corrections log sets it beside
 * what the review decides.
 */
export async function acceptDispute(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "submission:triage");
  const data = parseInput(ZAcceptDisputeInput, input);
  return inTransaction(async (tx, touch) => {
    const submission = await lockNewSubmission(tx, data.submissionId, "dispute");
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: submission.claimId! }, select: { id: true, status: true } });
    const now = await commandNow(tx, context);
    await flagClaimsForReReview(tx, acting, [claim.id], `Reader report: ${data.note}`, now);
    touch.claim(claim.id);
    await recordAcceptance(tx, acting, submission, now, { statusAtDecision: claim.status });
    return { submissionId: submission.id, claimId: claim.id, trackerId: submission.trackerId };
  });
}
