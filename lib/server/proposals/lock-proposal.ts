import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ClaimStatus, ProposalState } from "@/generated/prisma/enums";
import { AppError, notFound } from "@/lib/errors/app-error";

export type LockedProposal = {
  id: string;
  claimId: string;
  state: ProposalState;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  proposedById: string;
  claimStatus: ClaimStatus;
  claimVersion: number;
};

/**
 * Locks the claim, then the proposal, FOR UPDATE. Every decision locks in this order
 * (claim before proposal), so concurrent approvals queue instead of deadlocking and
 * each one sees what the previous one committed.
 */
export async function lockProposal(tx: Prisma.TransactionClient, proposalId: string): Promise<LockedProposal> {
  const found = await tx.statusProposal.findUnique({ where: { id: proposalId }, select: { claimId: true } });
  if (!found) throw notFound("The proposal");
  const [claim] = await tx.$queryRaw<{ status: ClaimStatus; version: number }[]>`
    SELECT status, version FROM claims WHERE id = ${found.claimId} FOR UPDATE`;
  const [proposal] = await tx.$queryRaw<Omit<LockedProposal, "claimStatus" | "claimVersion">[]>`
    SELECT id, "claimId", state, "fromStatus", "toStatus", "proposedById"
    FROM status_proposals WHERE id = ${proposalId} FOR UPDATE`;
  if (!claim || !proposal) throw notFound("The proposal");
  return { ...proposal, claimStatus: claim.status, claimVersion: claim.version };
}

export function assertPending(proposal: LockedProposal): void {
  if (proposal.state !== "pending") {
    throw new AppError("CONFLICT", `This proposal was already ${proposal.state}; nothing was changed.`);
  }
}
