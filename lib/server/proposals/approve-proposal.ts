import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { STATUS_LABELS } from "@/lib/domain/statuses";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { ZApproveProposalInput } from "@/lib/validation/proposal";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordDomainEvent } from "@/lib/server/events/record-domain-event";
import { currentCriteria } from "@/lib/server/trackers/criteria-version";
import { recordBoxStates } from "@/lib/server/box-states/record-box-states";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { resolveForecastsOnApproval } from "@/lib/server/forecasts/resolve-forecasts-on-approval";
import { assertCitationsJustify } from "./propose-status-change";
import { assertPending, lockProposal, type LockedProposal } from "./lock-proposal";

type Outcome =
  | { kind: "approved"; statusChangeId: string; claimId: string }
  | { kind: "stale"; current: LockedProposal["claimStatus"] };

/**
 * Approves a proposal: in one transaction (rule 5) the claim's status, a StatusChange,
 * the proposal's state and the audit events. Four eyes (rule 2): never one's own.
 * Stale (rule 3): if the claim has moved on, the proposal becomes superseded.
 * A confirmation (toStatus = fromStatus) keeps the status and answers a re-review flag;
 * any approval clears the flag, because a second person has just judged the claim as it
 * stands. Approving Supported records the reviewer's judgement against the proof point's
 * current criteria version: only a claim judged to meet them ticks the box.
 */
export async function approveProposal(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const reviewer = requirePermission(actor, "proposal:review");
  const data = parseInput(ZApproveProposalInput, input);
  const outcome = await inTransaction<Outcome>(async (tx, touch) => {
    const proposal = await lockProposal(tx, data.proposalId);
    if (proposal.proposedById === reviewer.id) {
      throw new AppError("FORBIDDEN", "You cannot approve your own proposal: another reviewer must approve it.");
    }
    assertPending(proposal);
    const decidedAt = await commandNow(tx, context);
    if (proposal.claimStatus !== proposal.fromStatus) {
      await supersede(tx, reviewer, proposal, `the claim had already become ${STATUS_LABELS[proposal.claimStatus]}`, decidedAt);
      return { kind: "stale", current: proposal.claimStatus };
    }
    const cited = await tx.evidence.findMany({
      where: { citations: { some: { proposalId: proposal.id } }, deletedAt: null },
      select: { stance: true },
    });
    assertCitationsJustify(proposal.toStatus, cited, proposal.conflictReason);
    const judgement = await criteriaJudgement(tx, proposal, data.meetsCriteria);

    const confirmation = proposal.fromStatus === proposal.toStatus;
    touch.claim(proposal.claimId);
    const claim = await tx.claim.update({
      where: { id: proposal.claimId },
      data: {
        status: proposal.toStatus,
        version: { increment: 1 },
        meetsCriteria: judgement.meetsCriteria,
        criteriaVersion: judgement.criteriaVersion,
        reReviewReason: null,
        reReviewSince: null,
      },
    });
    const proposalRow = await tx.statusProposal.update({
      where: { id: proposal.id },
      data: { state: "approved", decidedById: reviewer.id, decidedAt, decisionNote: data.note || null },
    });
    const change = await tx.statusChange.create({
      data: {
        claimId: proposal.claimId,
        proposalId: proposal.id,
        fromStatus: proposal.fromStatus,
        toStatus: proposal.toStatus,
        rationale: proposalRow.rationale,
        proposedById: proposal.proposedById,
        approvedById: reviewer.id,
        meetsCriteria: judgement.meetsCriteria,
        criteriaVersion: judgement.criteriaVersion,
        reReviewReason: proposal.claimReReviewReason,
        createdAt: decidedAt,
      },
    });
    const { proofPointId } = await tx.claim.findUniqueOrThrow({ where: { id: proposal.claimId }, select: { proofPointId: true } });
    await recordBoxStates(tx, [proofPointId], { at: decidedAt, cause: "approval", statusChangeId: change.id });
    // Forecast questions whose box this approval ticks resolve yes in the same commit.
    await resolveForecastsOnApproval(tx, { claimId: proposal.claimId, statusChangeId: change.id, at: decidedAt });
    await recordAuditEvent(tx, {
      actor: reviewer,
      action: confirmation ? "proposal.approve-confirmation" : "proposal.approve",
      entityType: "StatusProposal",
      entityId: proposal.id,
      before: {
        state: proposal.state,
        claimStatus: proposal.claimStatus,
        claimVersion: proposal.claimVersion,
        reReviewReason: proposal.claimReReviewReason,
      },
      after: { state: "approved", claimStatus: claim.status, claimVersion: claim.version, statusChangeId: change.id, ...judgement },
    });
    const decided = { proposal: { id: proposal.id, proposedById: proposal.proposedById, fromStatus: proposal.fromStatus, toStatus: proposal.toStatus }, reviewer: { id: reviewer.id, name: reviewer.name } };
    await recordDomainEvent(tx, { kind: "proposal.decided", actor: reviewer, subjectType: "StatusProposal", subjectId: proposal.id, claimId: proposal.claimId, occurredAt: decidedAt, data: { ...decided, decision: "approved", note: data.note || null } });
    await recordDomainEvent(tx, {
      kind: "status.approved",
      actor: reviewer,
      subjectType: "StatusChange",
      subjectId: change.id,
      claimId: proposal.claimId,
      occurredAt: decidedAt,
      data: { statusChange: { id: change.id, fromStatus: proposal.fromStatus, toStatus: claim.status, confirmation, meetsCriteria: judgement.meetsCriteria, criteriaVersion: judgement.criteriaVersion, ticksBox: claim.status === "supported" && judgement.meetsCriteria === true } },
    });
    // A change: other pending proposals expected the old status and can never apply now.
    // A confirmation: only other confirmations became pointless.
    const others = await tx.statusProposal.findMany({
      where: { claimId: proposal.claimId, state: "pending", id: { not: proposal.id } },
      select: { id: true, fromStatus: true, toStatus: true },
    });
    for (const other of others) {
      if (confirmation && other.fromStatus !== other.toStatus) continue;
      const locked = await lockProposal(tx, other.id);
      const reason = confirmation ? "the status was confirmed first" : `a change to ${STATUS_LABELS[claim.status]} was approved first`;
      if (locked.state === "pending") await supersede(tx, reviewer, locked, reason, decidedAt);
    }
    return { kind: "approved", statusChangeId: change.id, claimId: proposal.claimId };
  });

  if (outcome.kind === "stale") {
    throw new AppError(
      "STALE",
      `Superseded: this proposal is out of date, as the claim is now ${STATUS_LABELS[outcome.current]}, not what the proposer saw. Nothing was approved; propose again from ${STATUS_LABELS[outcome.current]}.`,
    );
  }
  return outcome;
}

type Judgement = { meetsCriteria: boolean | null; criteriaVersion: number | null };

// Only Supported can tick a box, so only Supported asks the reviewer about the criteria.
// A proof point without criteria has nothing to fall short of; it ticks, recorded as
// judged against no version, and a first criteria version later flags it for re-review.
async function criteriaJudgement(tx: Prisma.TransactionClient, proposal: LockedProposal, answer: boolean | undefined): Promise<Judgement> {
  if (proposal.toStatus !== "supported") return { meetsCriteria: null, criteriaVersion: null };
  const criteria = await currentCriteria(tx, proposal.claimProofPointId);
  if (!criteria) return { meetsCriteria: true, criteriaVersion: null };
  if (answer === undefined) {
    throw invalidField(
      "meetsCriteria",
      `say whether the claim meets the proof point's criteria as written (version ${criteria.version}): only a claim that meets them ticks the box`,
    );
  }
  return { meetsCriteria: answer, criteriaVersion: criteria.version };
}

async function supersede(tx: Prisma.TransactionClient, actor: Actor, proposal: LockedProposal, reason: string, decidedAt: Date) {
  await tx.statusProposal.update({
    where: { id: proposal.id },
    data: { state: "superseded", decidedAt, decisionNote: `Superseded: ${reason}.` },
  });
  await recordAuditEvent(tx, {
    actor,
    action: "proposal.supersede",
    entityType: "StatusProposal",
    entityId: proposal.id,
    before: { state: proposal.state },
    after: { state: "superseded", reason },
  });
}
