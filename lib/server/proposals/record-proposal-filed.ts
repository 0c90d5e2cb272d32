import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ClaimStatus } from "@/lib/domain";
import { recordDomainEvent } from "@/lib/server/events/record-domain-event";
import type { Actor } from "@/lib/auth/actor";

/** The workflow event of a new proposal (a change or a confirmation): reviewers hear of it. */
export function recordProposalFiled(
  tx: Prisma.TransactionClient,
  proposer: Actor,
  proposal: { id: string; claimId: string; createdAt: Date; fromStatus: ClaimStatus; toStatus: ClaimStatus },
) {
  return recordDomainEvent(tx, {
    kind: "proposal.filed",
    actor: proposer,
    subjectType: "StatusProposal",
    subjectId: proposal.id,
    claimId: proposal.claimId,
    occurredAt: proposal.createdAt,
    data: { proposal: { id: proposal.id, proposedById: proposer.id, proposerName: proposer.name, fromStatus: proposal.fromStatus, toStatus: proposal.toStatus } },
  });
}
