import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { ZWithdrawProposalInput } from "@/lib/validation/proposal";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { assertPending, lockProposal } from "./lock-proposal";

/** The proposer takes back a pending proposal. */
export async function withdrawProposal(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const user = requirePermission(actor, "proposal:withdraw");
  const data = parseInput(ZWithdrawProposalInput, input);
  return inTransaction(async (tx) => {
    const proposal = await lockProposal(tx, data.proposalId);
    if (proposal.proposedById !== user.id) {
      throw new AppError("FORBIDDEN", "Only the analyst who made a proposal can withdraw it.");
    }
    assertPending(proposal);
    const updated = await tx.statusProposal.update({
      where: { id: proposal.id },
      data: { state: "withdrawn", decidedAt: await commandNow(tx, context) },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "proposal.withdraw",
      entityType: "StatusProposal",
      entityId: proposal.id,
      before: { state: proposal.state },
      after: { state: updated.state },
    });
    return updated;
  });
}
