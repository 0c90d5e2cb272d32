import "server-only";
import { hasPermission } from "@/lib/auth/permissions";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors/app-error";
import { ZAmendProposalInput, ZCommentOnProposalInput } from "@/lib/validation/proposal";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { assertPending, lockProposal } from "./lock-proposal";
import { assertCitedItemsJustify } from "./propose-status-change";

/**
 * A comment on a pending proposal, by its proposer or by a reviewer. A reviewer other than
 * the proposer may mark it as a request for changes; the proposal stays pending, and the
 * proposer answers with a comment or an amendment. Nothing here is public: the discussion
 * belongs to the workspace, and only the decision reaches readers.
 */
export async function commentOnProposal(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const author = requirePermission(actor, "proposal:create");
  const data = parseInput(ZCommentOnProposalInput, input);
  return inTransaction(async (tx) => {
    const proposal = await lockProposal(tx, data.proposalId);
    const isProposer = proposal.proposedById === author.id;
    const isReviewer = hasPermission(author.roles, "proposal:review");
    if (!isProposer && !isReviewer) throw new AppError("FORBIDDEN", "Only the proposer and reviewers take part in a proposal's discussion.");
    if (data.requestChanges && (isProposer || !isReviewer)) {
      throw new AppError("FORBIDDEN", "Only a reviewer other than the proposer can ask for changes.");
    }
    assertPending(proposal);
    const comment = await tx.proposalComment.create({
      data: { proposalId: proposal.id, authorId: author.id, kind: data.requestChanges ? "changes_requested" : "comment", body: data.body, createdAt: await commandNow(tx, context) },
    });
    await recordAuditEvent(tx, {
      actor,
      action: data.requestChanges ? "proposal.request-changes" : "proposal.comment",
      entityType: "StatusProposal",
      entityId: proposal.id,
      after: { commentId: comment.id, kind: comment.kind, body: comment.body },
    });
    return comment;
  });
}

/**
 * The proposer revises a pending proposal: the same change, with a new rationale and
 * citations that must justify it (rule 4), and a note for the discussion. The reviewer
 * decides the revised version; the audit log keeps the one before.
 */
export async function amendProposal(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const proposer = requirePermission(actor, "proposal:create");
  const data = parseInput(ZAmendProposalInput, input);
  return inTransaction(async (tx) => {
    const locked = await lockProposal(tx, data.proposalId);
    if (locked.proposedById !== proposer.id) throw new AppError("FORBIDDEN", "Only the analyst who made a proposal can amend it.");
    assertPending(locked);
    await assertCitedItemsJustify(tx, locked.claimId, locked.toStatus, data.evidenceIds, data.conflictReason);
    const before = await tx.statusProposal.findUniqueOrThrow({
      where: { id: locked.id },
      select: { rationale: true, conflictReason: true, citations: { select: { evidenceId: true }, orderBy: { evidenceId: "asc" } } },
    });
    const at = await commandNow(tx, context);
    await tx.proposalCitation.deleteMany({ where: { proposalId: locked.id } });
    const proposal = await tx.statusProposal.update({
      where: { id: locked.id },
      data: {
        rationale: data.rationale,
        conflictReason: locked.toStatus === "disputed" && data.conflictReason ? data.conflictReason : null,
        citations: { create: data.evidenceIds.map((evidenceId) => ({ evidenceId })) },
        updatedAt: at,
      },
    });
    const comment = await tx.proposalComment.create({ data: { proposalId: locked.id, authorId: proposer.id, kind: "amended", body: data.note, createdAt: at } });
    await recordAuditEvent(tx, {
      actor,
      action: "proposal.amend",
      entityType: "StatusProposal",
      entityId: locked.id,
      before: { rationale: before.rationale, conflictReason: before.conflictReason, evidenceIds: before.citations.map((citation) => citation.evidenceId) },
      after: { rationale: proposal.rationale, conflictReason: proposal.conflictReason, evidenceIds: [...data.evidenceIds].sort(), commentId: comment.id },
    });
    return proposal;
  });
}
