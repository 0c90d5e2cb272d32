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
  conflictReason: string | null;
  /** Why it was decided: for a superseded proposal, what superseded it. */
  decisionNote: string | null;
  claimStatus: ClaimStatus;
  claimVersion: number;
  claimProofPointId: string;
  claimReReviewReason: string | null;
};

/**
 * Locks the claim, then the proposal, FOR UPDATE. Every decision locks in this order
 * (claim before proposal), so concurrent approvals queue instead of deadlocking and
 * each one sees what the previous one committed.
 */
export async function lockProposal(tx: Prisma.TransactionClient, proposalId: string): Promise<LockedProposal> {
  const found = await tx.statusProposal.findUnique({ where: { id: proposalId }, select: { claimId: true } });
  if (!found) throw notFound("The proposal");
  const [claim] = await tx.$queryRaw<{ status: ClaimStatus; version: number; proofPointId: string; reReviewReason: string | null }[]>`
    SELECT status, version, "proofPointId", "reReviewReason" FROM claims WHERE id = ${found.claimId} FOR UPDATE`;
  const [proposal] = await tx.$queryRaw<Omit<LockedProposal, "claimStatus" | "claimVersion" | "claimProofPointId" | "claimReReviewReason">[]>`
    SELECT id, "claimId", state, "fromStatus", "toStatus", "proposedById", "conflictReason", "decisionNote"
    FROM status_proposals WHERE id = ${proposalId} FOR UPDATE`;
  if (!claim || !proposal) throw notFound("The proposal");
  return {
    ...proposal,
    claimStatus: claim.status,
    claimVersion: claim.version,
    claimProofPointId: claim.proofPointId,
    claimReReviewReason: claim.reReviewReason,
  };
}

export function assertPending(proposal: LockedProposal): void {
  if (proposal.state === "superseded") {
    // Says what happened, e.g. "Superseded: a change to Disputed was approved first."
    throw new AppError("CONFLICT", `${proposal.decisionNote ?? "Superseded: another decision on this claim came first."} Nothing was changed.`, {
      details: { superseded: true },
    });
  }
  if (proposal.state !== "pending") {
    throw new AppError("CONFLICT", `This proposal was already ${proposal.state}; nothing was changed.`);
  }
}
