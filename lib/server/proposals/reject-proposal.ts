import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { ZRejectProposalInput } from "@/lib/validation/proposal";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordDomainEvent } from "@/lib/server/events/record-domain-event";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { assertPending, lockProposal } from "./lock-proposal";

/** Rejects a pending proposal with a required note. Four eyes applies here too. */
export async function rejectProposal(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const user = requirePermission(actor, "proposal:review");
  const data = parseInput(ZRejectProposalInput, input);
  return inTransaction(async (tx) => {
    const proposal = await lockProposal(tx, data.proposalId);
    if (proposal.proposedById === user.id) {
      throw new AppError("FORBIDDEN", "You cannot review your own proposal; withdraw it instead.");
    }
    assertPending(proposal);
    const updated = await tx.statusProposal.update({
      where: { id: proposal.id },
      data: { state: "rejected", decidedById: user.id, decidedAt: await commandNow(tx, context), decisionNote: data.note },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "proposal.reject",
      entityType: "StatusProposal",
      entityId: proposal.id,
      before: { state: proposal.state },
      after: { state: updated.state, note: data.note },
    });
    await recordDomainEvent(tx, {
      kind: "proposal.decided",
      actor: user,
      subjectType: "StatusProposal",
      subjectId: proposal.id,
      claimId: proposal.claimId,
      occurredAt: updated.decidedAt ?? undefined,
      data: { proposal: { id: proposal.id, proposedById: proposal.proposedById, fromStatus: proposal.fromStatus, toStatus: proposal.toStatus }, reviewer: { id: user.id, name: user.name }, decision: "rejected", note: data.note },
    });
    return updated;
  });
}
