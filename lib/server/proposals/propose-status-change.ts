import "server-only";
import type { ClaimStatus } from "@/generated/prisma/enums";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { invalidField, notFound } from "@/lib/errors/app-error";
import { canTransition, requiredStanceFor, STATUS_LABELS } from "@/lib/domain/statuses";
import { ZProposeStatusChangeInput } from "@/lib/validation/proposal";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction, type CommandContext } from "@/lib/server/transaction";

/**
 * Asks for a claim's status to move. Records the status it moves from (rule 3) and
 * checks rule 4 against the cited evidence of this claim.
 */
export async function proposeStatusChange(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const user = requirePermission(actor, "proposal:create");
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
    const cited = await tx.evidence.findMany({
      where: { id: { in: data.evidenceIds }, claimId: claim.id, deletedAt: null },
      select: { id: true, stance: true },
    });
    const unknown = data.evidenceIds.filter((id) => !cited.some((item) => item.id === id));
    if (unknown.length > 0) {
      throw invalidField("evidenceIds", `${unknown.join(", ")} ${unknown.length === 1 ? "is not evidence" : "are not evidence"} of this claim`);
    }
    assertCitationsJustify(data.toStatus, cited);
    const proposal = await tx.statusProposal.create({
      data: {
        claimId: claim.id,
        fromStatus: claim.status,
        toStatus: data.toStatus,
        rationale: data.rationale,
        proposedById: user.id,
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
    return proposal;
  });
}

/** Rule 4: supported needs a cited supporting item, refuted a cited refuting one. */
export function assertCitationsJustify(toStatus: Parameters<typeof requiredStanceFor>[0], cited: { stance: string }[]): void {
  const stance = requiredStanceFor(toStatus);
  if (stance && !cited.some((item) => item.stance === stance)) {
    const label = STATUS_LABELS[toStatus].toLowerCase();
    throw invalidField("evidenceIds", `moving to ${label} needs at least one cited item that ${stance === "supports" ? "supports" : "refutes"} the claim`);
  }
}
