import "server-only";
import { evidenceDisplayOrder } from "@/lib/server/read/evidence";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus, Stance } from "@/lib/domain";
import { publicEvidenceWhere } from "@/lib/server/read/visibility";
import { ZId } from "@/lib/validation/common";
import { evidenceSelect, groupByStance, toEvidence, type WorkspaceEvidence } from "./claim-evidence";

export type ClaimForProposal = {
  id: string;
  statement: string;
  claimant: string;
  status: ClaimStatus;
  /** Set when the claim needs re-review: a confirmation may then keep the status. */
  reReviewReason: string | null;
  proofPointTitle: string;
  trackerTitle: string;
  evidenceByStance: Record<Stance, WorkspaceEvidence[]>;
  evidenceCount: number;
  /** Other pending proposals on this claim: approving one supersedes the rest. */
  pendingProposalCount: number;
};

/** A claim as the propose form needs it: current status and its citable (live) evidence. Null when unknown. */
export async function getClaimForProposal(actor: Actor | null, claimId: string): Promise<ClaimForProposal | null> {
  requirePermission(actor, "proposal:create");
  // An id from the URL that could never exist (too long, a NUL byte) is "not found", not a 500.
  if (!ZId.safeParse(claimId).success) return null;
  const claim = await getDb().claim.findUnique({
    where: { id: claimId },
    select: {
      id: true,
      statement: true,
      claimant: true,
      status: true,
      reReviewReason: true,
      reReviewSince: true,
      proofPoint: { select: { title: true, tracker: { select: { title: true } } } },
      evidence: {
        where: publicEvidenceWhere(),
        orderBy: evidenceDisplayOrder,
        select: evidenceSelect,
      },
      _count: { select: { proposals: { where: { state: "pending" } } } },
    },
  });
  if (!claim) return null;
  const evidence = claim.evidence.map(toEvidence);
  return {
    id: claim.id,
    statement: claim.statement,
    claimant: claim.claimant,
    status: claim.status,
    reReviewReason: claim.reReviewSince ? (claim.reReviewReason ?? "") : null,
    proofPointTitle: claim.proofPoint.title,
    trackerTitle: claim.proofPoint.tracker.title,
    evidenceByStance: groupByStance(evidence),
    evidenceCount: evidence.length,
    pendingProposalCount: claim._count.proposals,
  };
}
