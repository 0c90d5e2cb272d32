import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { STATUS_LABELS } from "@/lib/domain/statuses";
import { AppError } from "@/lib/errors/app-error";
import { ZApproveProposalInput } from "@/lib/validation/proposal";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";
import { assertCitationsJustify } from "./propose-status-change";
import { assertPending, lockProposal, type LockedProposal } from "./lock-proposal";

type Outcome = { kind: "approved"; statusChangeId: string } | { kind: "stale"; current: LockedProposal["claimStatus"] };

/**
 * Approves a proposal: in one transaction (rule 5) the claim's status, a StatusChange,
 * the proposal's state and the audit events. Four eyes (rule 2): never one's own.
 * Stale (rule 3): if the claim has moved on, the proposal becomes superseded.
 */
export async function approveProposal(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  requirePermission(actor, "proposal:review");
  const data = parseInput(ZApproveProposalInput, input);
  const outcome = await inTransaction<Outcome>(async (tx, touch) => {
    const proposal = await lockProposal(tx, data.proposalId);
    if (proposal.proposedById === actor!.id) {
      throw new AppError("FORBIDDEN", "You cannot approve your own proposal: another reviewer must approve it.");
    }
    assertPending(proposal);
    if (proposal.claimStatus !== proposal.fromStatus) {
      await supersede(tx, actor!, proposal, `the claim is now ${proposal.claimStatus}`);
      return { kind: "stale", current: proposal.claimStatus };
    }
    const cited = await tx.evidence.findMany({
      where: { citations: { some: { proposalId: proposal.id } }, deletedAt: null },
      select: { stance: true },
    });
    assertCitationsJustify(proposal.toStatus, cited);

    // The database clock, read after the locks: with several app instances, history
    // order then follows commit order even if the servers' clocks disagree.
    const decidedAt = context.now ?? (await databaseNow(tx));
    touch.claim(proposal.claimId);
    const claim = await tx.claim.update({
      where: { id: proposal.claimId },
      data: { status: proposal.toStatus, version: { increment: 1 } },
    });
    const proposalRow = await tx.statusProposal.update({
      where: { id: proposal.id },
      data: { state: "approved", decidedById: actor!.id, decidedAt, decisionNote: data.note || null },
    });
    const change = await tx.statusChange.create({
      data: {
        claimId: proposal.claimId,
        proposalId: proposal.id,
        fromStatus: proposal.fromStatus,
        toStatus: proposal.toStatus,
        rationale: proposalRow.rationale,
        proposedById: proposal.proposedById,
        approvedById: actor!.id,
        createdAt: decidedAt,
      },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "proposal.approve",
      entityType: "StatusProposal",
      entityId: proposal.id,
      before: { state: proposal.state, claimStatus: proposal.claimStatus, claimVersion: proposal.claimVersion },
      after: { state: "approved", claimStatus: claim.status, claimVersion: claim.version, statusChangeId: change.id },
    });
    // Other pending proposals expected the old status: they can never apply now.
    const others = await tx.statusProposal.findMany({
      where: { claimId: proposal.claimId, state: "pending", id: { not: proposal.id } },
      select: { id: true },
    });
    for (const other of others) {
      const locked = await lockProposal(tx, other.id);
      if (locked.state === "pending") await supersede(tx, actor!, locked, `a change to ${claim.status} was approved first`);
    }
    return { kind: "approved", statusChangeId: change.id };
  });

  if (outcome.kind === "stale") {
    throw new AppError(
      "STALE",
      `This proposal is out of date: the claim is now ${STATUS_LABELS[outcome.current].toLowerCase()}, not what the proposer saw. It has been marked superseded; propose again from the current status.`,
    );
  }
  return outcome;
}

async function supersede(tx: Prisma.TransactionClient, actor: Actor, proposal: LockedProposal, reason: string) {
  await tx.statusProposal.update({
    where: { id: proposal.id },
    data: { state: "superseded", decidedAt: new Date(), decisionNote: `Superseded: ${reason}.` },
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

async function databaseNow(tx: Prisma.TransactionClient): Promise<Date> {
  const [row] = await tx.$queryRaw<{ now: Date }[]>`SELECT clock_timestamp() AS now`;
  return row!.now;
}
