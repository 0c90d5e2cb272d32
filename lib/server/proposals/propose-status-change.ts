import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ClaimStatus } from "@/generated/prisma/enums";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { invalidField, notFound } from "@/lib/errors/app-error";
import { citationProblem } from "@/lib/domain/citation-rules";
import { canTransition, STATUS_LABELS, type ClaimStatus as DomainStatus } from "@/lib/domain/statuses";
import { ZProposeStatusChangeInput } from "@/lib/validation/proposal";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordProposalFiled } from "./record-proposal-filed";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";

/**
 * Asks for a claim's status to move. Records the status it moves from (rule 3) and
 * checks rule 4 against the cited evidence of this claim.
 */
export async function proposeStatusChange(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const proposer = requirePermission(actor, "proposal:create");
  const data = parseInput(ZProposeStatusChangeInput, input);
  return inTransaction(async (tx) => {
    // FOR SHARE waits for an approval in flight on this claim, so the "from" status we
    // record is the committed one and the proposal is not born stale.
    const [claim] = await tx.$queryRaw<{ id: string; status: ClaimStatus }[]>`
      SELECT id, status FROM claims WHERE id = ${data.claimId} FOR SHARE`;
    if (!claim) throw notFound("The claim");
    if (!canTransition(claim.status, data.toStatus)) {
      throw invalidField("toStatus", `the claim is already ${STATUS_LABELS[claim.status].toLowerCase()}`);
    }
    await assertCitedItemsJustify(tx, claim.id, data.toStatus, data.evidenceIds, data.conflictReason);
    const proposal = await tx.statusProposal.create({
      data: {
        claimId: claim.id,
        fromStatus: claim.status,
        toStatus: data.toStatus,
        rationale: data.rationale,
        conflictReason: data.toStatus === "disputed" && data.conflictReason ? data.conflictReason : null,
        proposedById: proposer.id,
        createdAt: context.now,
        citations: { create: data.evidenceIds.map((evidenceId) => ({ evidenceId })) },
      },
      include: { citations: { select: { evidenceId: true } } },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "proposal.create",
      entityType: "StatusProposal",
      entityId: proposal.id,
      after: proposal,
    });
    await recordProposalFiled(tx, proposer, proposal);
    return proposal;
  });
}

/** The cited ids are live items of this claim, and they justify `toStatus` (rule 4). */
export async function assertCitedItemsJustify(
  tx: Prisma.TransactionClient,
  claimId: string,
  toStatus: DomainStatus,
  evidenceIds: readonly string[],
  conflictReason: string,
): Promise<void> {
  const cited = await tx.evidence.findMany({
    where: { id: { in: [...evidenceIds] }, claimId, deletedAt: null },
    select: { id: true, stance: true },
  });
  const unknown = evidenceIds.filter((id) => !cited.some((item) => item.id === id));
  if (unknown.length > 0) {
    throw invalidField("evidenceIds", `${unknown.join(", ")} ${unknown.length === 1 ? "is not evidence" : "are not evidence"} of this claim`);
  }
  assertCitationsJustify(toStatus, cited, conflictReason);
}

/** Rule 4: every status but unverified rests on cited evidence (lib/domain/citation-rules.ts). */
export function assertCitationsJustify(toStatus: DomainStatus, cited: { stance: string }[], conflictReason?: string | null): void {
  const problem = citationProblem(toStatus, cited, conflictReason ?? "");
  if (problem) throw invalidField("evidenceIds", `moving to ${problem}`);
}
