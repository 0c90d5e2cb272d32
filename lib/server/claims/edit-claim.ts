import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError, invalidField, notFound } from "@/lib/errors/app-error";
import { ZEditClaimInput } from "@/lib/validation/claim";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordBoxStates } from "@/lib/server/box-states/record-box-states";
import { inTransaction } from "@/lib/server/transaction";
import { changedFields } from "@/lib/server/changed-fields";
import { mergeFieldEdits } from "@/lib/domain/field-merge";
import { isMaterialChange, MATERIAL_CLAIM_FIELDS, RE_REVIEW_REASONS } from "@/lib/domain/re-review";
import { databaseNow } from "@/lib/server/database-clock";
import { claimsWithApprovedStatus, flagClaimsForReReview } from "@/lib/server/re-review/flag-claims";

const EDITABLE = ["proofPointId", "statement", "claimant", "subject", "claimedAt", "resolveBy"] as const;

export const CLAIM_CONFLICT_MESSAGE =
  "Someone else edited this claim (or its status changed) after you opened it, so nothing was saved. " +
  "Your text is kept below and the saved version is shown beside it; save again to replace it with yours.";

export const CLAIM_MERGE_CONFLICT_MESSAGE =
  "Someone else saved this claim after you opened it, and changed some of the same fields. Nothing was saved. " +
  "Their changes to the other fields are in the form now; choose what to keep in the fields marked below and save again.";

/**
 * Edits a claim's facts. Optimistic concurrency: the caller sends the version it saw, and a
 * newer one on the server is a CONFLICT, never a silent overwrite. The status is not an
 * editable field (rule 1): only an approved proposal moves it. Editing what was judged
 * (MATERIAL_CLAIM_FIELDS) after an approval flags the claim "needs re-review"; moving it
 * to another proof point also drops the criteria judgement, which was made against the
 * old point's criteria, so it cannot tick the new box unreviewed.
 */
export async function editClaim(actor: Actor | null, input: unknown) {
  const editor = requirePermission(actor, "claim:edit");
  const data = parseInput(ZEditClaimInput, input);
  return inTransaction(async (tx, touch) => {
    // The row lock makes the version check and the update one step for concurrent editors.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM claims WHERE id = ${data.claimId} FOR UPDATE`;
    if (locked.length === 0) throw notFound("The claim");
    const before = await tx.claim.findUniqueOrThrow({
      where: { id: data.claimId },
      include: { proofPoint: { select: { trackerId: true } } },
    });
    let keptTheirs: string[] = [];
    if (before.version !== data.version) {
      const saved = asFormValues(before);
      if (!data.base) throw new AppError("CONFLICT", CLAIM_CONFLICT_MESSAGE, { details: { currentVersion: before.version, current: saved } });
      const merge = mergeFieldEdits(EDITABLE, data.base as Record<string, string>, asFormValues({ ...data, resolveBy: data.resolveBy ?? null }), saved);
      if (merge.conflicts.length > 0) {
        throw new AppError("CONFLICT", CLAIM_MERGE_CONFLICT_MESSAGE, {
          fieldErrors: Object.fromEntries(merge.conflicts.map((field) => [field, ["was also changed by someone else since you opened the form: compare with theirs above and keep the value you want"]])),
          details: { currentVersion: before.version, current: saved, merged: merge.merged, conflicts: merge.conflicts },
        });
      }
      // No field changed by both: save my fields over theirs, keep theirs everywhere else.
      keptTheirs = merge.keptTheirs;
      for (const field of keptTheirs as (typeof EDITABLE)[number][]) {
        Object.assign(data, { [field]: field === "resolveBy" ? (before.resolveBy ?? undefined) : before[field] });
      }
    }
    if (data.proofPointId !== before.proofPointId) await assertProofPointFits(tx, data.proofPointId, before.proofPoint.trackerId);

    const next = { ...data, resolveBy: data.resolveBy ?? null };
    const changes = changedFields(pick(before), pick(next));
    if (!changes) return { claim: before, changed: false as const, keptTheirs };

    const moved = data.proofPointId !== before.proofPointId;
    touch.claim(before.id);
    const claim = await tx.claim.update({
      where: { id: before.id },
      data: {
        ...(changes.after as Prisma.ClaimUncheckedUpdateInput),
        version: { increment: 1 },
        ...(moved && { meetsCriteria: null, criteriaVersion: null }),
      },
    });
    // A move takes the claim's status out of one box and into another.
    if (moved) await recordBoxStates(tx, [before.proofPointId, claim.proofPointId], { at: await databaseNow(tx), cause: "claim_moved" });
    await recordAuditEvent(tx, {
      actor,
      action: "claim.edit",
      entityType: "Claim",
      entityId: claim.id,
      before: { ...changes.before, version: before.version },
      after: { ...changes.after, version: claim.version, ...(keptTheirs.length > 0 && { mergedKeepingOtherEditorsFields: keptTheirs }) },
    });
    const material = Object.keys(changes.after).filter((field) => (MATERIAL_CLAIM_FIELDS as readonly string[]).includes(field));
    let flagged: string[] = [];
    if (isMaterialChange(material, MATERIAL_CLAIM_FIELDS) && (await claimsWithApprovedStatus(tx, [claim.id])).length > 0) {
      const reasons = material.filter((field) => field !== "proofPointId");
      const at = await databaseNow(tx);
      if (moved) {
        const point = await tx.proofPoint.findUniqueOrThrow({ where: { id: claim.proofPointId }, select: { title: true } });
        flagged = await flagClaimsForReReview(tx, editor, [claim.id], RE_REVIEW_REASONS.claimMoved(point.title), at);
      }
      if (reasons.length > 0) flagged = await flagClaimsForReReview(tx, editor, [claim.id], RE_REVIEW_REASONS.claimEdited(reasons), at);
    }
    return { claim: flagged.length > 0 ? await tx.claim.findUniqueOrThrow({ where: { id: claim.id } }) : claim, changed: true as const, keptTheirs };
  });
}

function pick(claim: Record<(typeof EDITABLE)[number], unknown>) {
  return Object.fromEntries(EDITABLE.map((field) => [field, claim[field]])) as Record<(typeof EDITABLE)[number], unknown>;
}

// The saved version in the form's own terms, so the editor can compare it with what they typed.
function asFormValues(claim: Record<(typeof EDITABLE)[number], unknown>): Record<string, string> {
  const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : "");
  return { ...(pick(claim) as Record<string, string>), claimedAt: day(claim.claimedAt), resolveBy: day(claim.resolveBy) };
}

// A claim may move between proof points of its own tracker, never to another checklist.
async function assertProofPointFits(tx: Prisma.TransactionClient, proofPointId: string, trackerId: string) {
  const target = await tx.proofPoint.findUnique({ where: { id: proofPointId }, select: { trackerId: true, retiredAt: true } });
  if (!target) throw invalidField("proofPointId", "does not match any proof point");
  if (target.trackerId !== trackerId) throw invalidField("proofPointId", "belongs to another tracker; a claim stays in its tracker");
  if (target.retiredAt) throw invalidField("proofPointId", "is retired; choose an active proof point");
}
