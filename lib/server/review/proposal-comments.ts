import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ProposalCommentKind } from "@/generated/prisma/enums";

export type ProposalComment = { id: string; kind: ProposalCommentKind; body: string; createdAt: string; author: string };

/** A proposal's discussion, oldest first, read with the proposal (no query of its own). */
export const proposalCommentsSelect = {
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: { id: true, kind: true, body: true, createdAt: true, author: { select: { name: true } } },
} satisfies Prisma.StatusProposal$commentsArgs;

type CommentRow = { id: string; kind: ProposalCommentKind; body: string; createdAt: Date; author: { name: string } };

export function toProposalComments(rows: readonly CommentRow[]): ProposalComment[] {
  return rows.map((row) => ({ id: row.id, kind: row.kind, body: row.body, createdAt: row.createdAt.toISOString(), author: row.author.name }));
}

/** A reviewer asked for changes and the proposer has not amended since. */
export function awaitsChanges(comments: readonly { kind: ProposalCommentKind }[]): boolean {
  const last = comments.findLast((comment) => comment.kind !== "comment");
  return last?.kind === "changes_requested";
}
