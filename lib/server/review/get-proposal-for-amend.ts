import "server-only";
import type { ProposalState } from "@/generated/prisma/enums";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { ZId } from "@/lib/validation/common";
import { getClaimForProposal, type ClaimForProposal } from "./get-claim-for-proposal";

export type ProposalForAmend = {
  id: string;
  state: ProposalState;
  toStatus: ClaimStatus;
  rationale: string;
  conflictReason: string;
  citedIds: string[];
  claim: ClaimForProposal;
};

/**
 * One of the signed-in analyst's own proposals, with its claim's citable evidence, as the
 * amend form needs it. Null for an unknown id or someone else's proposal: the command
 * refuses those anyway, and the page says "not found" rather than whose it is.
 */
export async function getProposalForAmend(actor: Actor | null, proposalId: string): Promise<ProposalForAmend | null> {
  const me = requirePermission(actor, "proposal:create");
  if (!ZId.safeParse(proposalId).success) return null;
  const proposal = await getDb().statusProposal.findUnique({
    where: { id: proposalId },
    select: { id: true, state: true, claimId: true, toStatus: true, rationale: true, conflictReason: true, proposedById: true, citations: { select: { evidenceId: true } } },
  });
  if (!proposal || proposal.proposedById !== me.id) return null;
  const claim = await getClaimForProposal(actor, proposal.claimId);
  if (!claim) return null;
  return {
    id: proposal.id,
    state: proposal.state,
    toStatus: proposal.toStatus,
    rationale: proposal.rationale,
    conflictReason: proposal.conflictReason ?? "",
    citedIds: proposal.citations.map((citation) => citation.evidenceId),
    claim,
  };
}
