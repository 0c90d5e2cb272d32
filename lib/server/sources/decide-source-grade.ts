import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { RE_REVIEW_REASONS } from "@/lib/domain/re-review";
import { AppError } from "@/lib/errors/app-error";
import { ZApproveSourceGradeInput, ZRejectSourceGradeInput } from "@/lib/validation/source";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { databaseNow } from "@/lib/server/database-clock";
import { claimsRestingOnSource, flagClaimsForReReview } from "@/lib/server/re-review/flag-claims";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { assertGradeProposalPending, lockGradeProposal } from "./lock-grade-proposal";

/**
 * Approves another person's grade proposal: only now does the source's grade change, and
 * with it the weight of every item from it. Claims whose current approval cites an item
 * from this source are flagged "needs re-review"; their statuses stay.
 */
export async function approveSourceGrade(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const reviewer = requirePermission(actor, "proposal:review");
  const data = parseInput(ZApproveSourceGradeInput, input);
  const outcome = await inTransaction(async (tx, touch) => {
    const { source: before, proposal } = await lockGradeProposal(tx, data.proposalId);
    if (proposal.proposedById === reviewer.id) {
      throw new AppError("FORBIDDEN", "You cannot approve your own grade proposal: another reviewer must approve it.");
    }
    assertGradeProposalPending(proposal);
    const at = context.now ?? (await databaseNow(tx));
    if (before.reliability !== proposal.fromReliability) {
      await tx.sourceGradeProposal.update({
        where: { id: proposal.id },
        data: { state: "superseded", decidedAt: at, decisionNote: `Superseded: the grade is now ${before.reliability}.` },
      });
      await recordAuditEvent(tx, { actor: reviewer, action: "source-grade.supersede", entityType: "SourceGradeProposal", entityId: proposal.id, before: { state: "pending" }, after: { state: "superseded" } });
      return { kind: "stale" as const, current: before.reliability };
    }
    const rating = await tx.sourceRating.create({
      data: {
        sourceId: before.id,
        reliability: proposal.toReliability,
        rationale: proposal.rationale,
        ratedById: proposal.proposedById,
        approvedById: reviewer.id,
        kind: "approved",
        proposalId: proposal.id,
        createdAt: at,
      },
    });
    // Readers see the grade on the source page and in every balance that weighs it.
    touch.source(before.id);
    const source = await tx.source.update({
      where: { id: before.id },
      data: { reliability: proposal.toReliability, ratingRationale: proposal.rationale, ratedById: proposal.proposedById, ratedAt: at, gradeProvisional: false },
    });
    await tx.sourceGradeProposal.update({
      where: { id: proposal.id },
      data: { state: "approved", decidedById: reviewer.id, decidedAt: at, decisionNote: data.note || null },
    });
    await recordAuditEvent(tx, {
      actor: reviewer,
      action: "source-grade.approve",
      entityType: "SourceGradeProposal",
      entityId: proposal.id,
      before: { state: "pending", reliability: before.reliability },
      after: { state: "approved", reliability: source.reliability, ratingId: rating.id },
    });
    const reason = RE_REVIEW_REASONS.sourceRegraded(source.domain, before.reliability, source.reliability);
    const flaggedClaimIds = await flagClaimsForReReview(tx, reviewer, await claimsRestingOnSource(tx, source.id), reason, at);
    return { kind: "approved" as const, source, rating, flaggedClaimIds };
  });
  if (outcome.kind === "stale") {
    throw new AppError("STALE", `This grade proposal is out of date: the source is now graded ${outcome.current}. It has been marked superseded; propose again from the current grade.`);
  }
  return outcome;
}

/** Rejects another person's grade proposal with a note; nothing is re-weighed. */
export async function rejectSourceGrade(actor: Actor | null, input: unknown) {
  const reviewer = requirePermission(actor, "proposal:review");
  const data = parseInput(ZRejectSourceGradeInput, input);
  return inTransaction(async (tx) => {
    const { proposal } = await lockGradeProposal(tx, data.proposalId);
    if (proposal.proposedById === reviewer.id) {
      throw new AppError("FORBIDDEN", "You cannot review your own grade proposal.");
    }
    assertGradeProposalPending(proposal);
    const updated = await tx.sourceGradeProposal.update({
      where: { id: proposal.id },
      data: { state: "rejected", decidedById: reviewer.id, decidedAt: await databaseNow(tx), decisionNote: data.note },
    });
    await recordAuditEvent(tx, {
      actor: reviewer,
      action: "source-grade.reject",
      entityType: "SourceGradeProposal",
      entityId: proposal.id,
      before: { state: "pending" },
      after: { state: "rejected", note: data.note },
    });
    return updated;
  });
}
