import "server-only";
import type { ClaimStatus } from "@/generated/prisma/enums";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { invalidField, notFound } from "@/lib/errors/app-error";
import { ZProposeConfirmationInput } from "@/lib/validation/proposal";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordProposalFiled } from "./record-proposal-filed";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { assertCitedItemsJustify } from "./propose-status-change";

/**
 * Answers a "needs re-review" flag by proposing to keep the status as it stands, citing
 * what still holds (the same citation rules as a change to that status). Like any
 * proposal it takes effect only when another reviewer approves it; the approval is a
 * status change from and to the same status, kept in the public history.
 */
export async function proposeConfirmation(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const proposer = requirePermission(actor, "proposal:create");
  const data = parseInput(ZProposeConfirmationInput, input);
  return inTransaction(async (tx) => {
    const [claim] = await tx.$queryRaw<{ id: string; status: ClaimStatus; reReviewSince: Date | null }[]>`
      SELECT id, status, "reReviewSince" FROM claims WHERE id = ${data.claimId} FOR SHARE`;
    if (!claim) throw notFound("The claim");
    if (!claim.reReviewSince) {
      throw invalidField("claimId", "does not need re-review; propose a status change instead");
    }
    await assertCitedItemsJustify(tx, claim.id, claim.status, data.evidenceIds, data.conflictReason);
    const proposal = await tx.statusProposal.create({
      data: {
        claimId: claim.id,
        fromStatus: claim.status,
        toStatus: claim.status,
        rationale: data.rationale,
        conflictReason: claim.status === "disputed" && data.conflictReason ? data.conflictReason : null,
        proposedById: proposer.id,
        createdAt: context.now,
        citations: { create: data.evidenceIds.map((evidenceId) => ({ evidenceId })) },
      },
      include: { citations: { select: { evidenceId: true } } },
    });
    await recordAuditEvent(tx, {
      actor: proposer,
      action: "proposal.create-confirmation",
      entityType: "StatusProposal",
      entityId: proposal.id,
      after: proposal,
    });
    await recordProposalFiled(tx, proposer, proposal);
    return proposal;
  });
}
