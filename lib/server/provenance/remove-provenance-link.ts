import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { RE_REVIEW_REASONS } from "@/lib/domain/re-review";
import { AppError, notFound } from "@/lib/errors/app-error";
import { ZRemoveProvenanceLinkInput } from "@/lib/validation/provenance";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { refreshEvidenceTally } from "@/lib/server/evidence/evidence-tally";
import { claimsRestingOnEvidence, flagClaimsForReReview } from "@/lib/server/re-review/flag-claims";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { itemsSharingOrigin } from "./provenance-component";

/**
 * Withdraws a provenance link (a soft delete: who made it, why, and who withdrew it stay).
 * The items it joined may count as independent again; if the claim's current approval cites
 * one of them, the claim is flagged "needs re-review" (rule 8 of docs/architecture.md).
 */
export async function removeProvenanceLink(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "evidence:edit");
  const data = parseInput(ZRemoveProvenanceLinkInput, input);
  return inTransaction(async (tx, touch) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM provenance_links WHERE id = ${data.linkId} FOR UPDATE`;
    if (locked.length === 0) throw notFound("The provenance link");
    const before = await tx.provenanceLink.findUniqueOrThrow({ where: { id: data.linkId }, include: { evidence: { select: { title: true } } } });
    if (before.removedAt) throw new AppError("CONFLICT", "This provenance link was already withdrawn; nothing was saved.");
    const at = await commandNow(tx, context);
    // What the link joined, measured before it goes.
    const joined = await itemsSharingOrigin(tx, before.claimId, [before.evidenceId]);
    const link = await tx.provenanceLink.update({ where: { id: before.id }, data: { removedAt: at, removedById: acting.id } });
    await refreshEvidenceTally(tx, before.claimId);
    touch.claim(before.claimId);
    const resting = await claimsRestingOnEvidence(tx, joined);
    const flaggedClaimIds = await flagClaimsForReReview(tx, acting, resting, RE_REVIEW_REASONS.provenanceChanged(before.evidence.title), at);
    await recordAuditEvent(tx, {
      actor,
      action: "provenance.unlink",
      entityType: "Evidence",
      entityId: before.evidenceId,
      before: { linkId: before.id, removedAt: null },
      after: { linkId: link.id, removedAt: link.removedAt, reason: data.reason || null },
    });
    return { link, claimId: before.claimId, flaggedClaimIds };
  });
}
