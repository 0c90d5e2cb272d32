import "server-only";
import type { ProposalState } from "@/generated/prisma/enums";
import { requireSignedIn, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { awaitsChanges, proposalCommentsSelect, toProposalComments, type ProposalComment } from "./proposal-comments";

export type MyProposal = {
  id: string;
  state: ProposalState;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  rationale: string;
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
  citedCount: number;
  comments: ProposalComment[];
  changesRequested: boolean;
  claim: { id: string; statement: string; status: ClaimStatus; trackerTitle: string };
};

export const MY_PROPOSALS_LIMIT = 100;

/**
 * The signed-in user's own proposals, newest first. Only ever their own rows, so being
 * signed in is the whole permission: someone who lost a role still sees what they proposed.
 */
export async function listMyProposals(actor: Actor | null): Promise<MyProposal[]> {
  const me = requireSignedIn(actor);
  const rows = await getDb().statusProposal.findMany({
    where: { proposedById: me.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MY_PROPOSALS_LIMIT,
    select: {
      id: true,
      state: true,
      fromStatus: true,
      toStatus: true,
      rationale: true,
      createdAt: true,
      decidedAt: true,
      decisionNote: true,
      decidedBy: { select: { name: true } },
      _count: { select: { citations: true } },
      comments: proposalCommentsSelect,
      claim: { select: { id: true, statement: true, status: true, proofPoint: { select: { tracker: { select: { title: true } } } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    state: row.state,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    rationale: row.rationale,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decidedBy: row.decidedBy?.name ?? null,
    decisionNote: row.decisionNote,
    citedCount: row._count.citations,
    comments: toProposalComments(row.comments),
    changesRequested: row.state === "pending" && awaitsChanges(row.comments),
    claim: {
      id: row.claim.id,
      statement: row.claim.statement,
      status: row.claim.status,
      trackerTitle: row.claim.proofPoint.tracker.title,
    },
  }));
}
