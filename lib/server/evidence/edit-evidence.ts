import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { ZEditEvidenceInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { changedFields } from "@/lib/server/changed-fields";
import { findOrCreateSource } from "@/lib/server/sources/find-or-create-source";
import { isMaterialChange, MATERIAL_EVIDENCE_FIELDS, RE_REVIEW_REASONS } from "@/lib/domain/re-review";
import { evidenceRecord } from "./evidence-record";
import { databaseNow } from "@/lib/server/database-clock";
import { claimsRestingOnEvidence, flagClaimsForReReview } from "@/lib/server/re-review/flag-claims";
import { refreshEvidenceTally } from "./evidence-tally";
import { inTransaction } from "@/lib/server/transaction";
import { assertLinkNotLogged } from "./assert-link-not-logged";
import { lockLiveEvidence } from "./lock-evidence";
import { enqueueCapture } from "@/lib/server/capture/enqueue-capture";

/**
 * Corrects a logged link. A new URL is checked for duplicates on the claim and may change
 * the source. A material edit (MATERIAL_EVIDENCE_FIELDS) of an item the claim's current
 * approval cites flags the claim "needs re-review"; the status itself stays.
 */
export async function editEvidence(actor: Actor | null, input: unknown) {
  const acting = requirePermission(actor, "evidence:edit");
  const data = parseInput(ZEditEvidenceInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await lockLiveEvidence(tx, data.evidenceId);
    let sourceId = before.sourceId;
    const record = evidenceRecord(data);
    if (data.url.url !== before.url) {
      await assertLinkNotLogged(tx, before.claimId, record.canonicalUrl, before.id);
      sourceId = (await findOrCreateSource(tx, acting, data.url.domain, data.sourceName)).id;
    }
    const next = { ...record, sourceId };
    const changes = changedFields(pick(before, next), next);
    if (!changes) return { evidence: before, changed: false as const };
    const evidence = await tx.evidence.update({
      where: { id: before.id },
      data: changes.after as Prisma.EvidenceUncheckedUpdateInput,
    });
    await refreshEvidenceTally(tx, before.claimId);
    touch.claim(before.claimId);
    await recordAuditEvent(tx, { actor, action: "evidence.edit", entityType: "Evidence", entityId: evidence.id, ...changes });
    const fields = Object.keys(changes.after);
    let flaggedClaimIds: string[] = [];
    if (isMaterialChange(fields, MATERIAL_EVIDENCE_FIELDS)) {
      const material = fields.filter((field) => (MATERIAL_EVIDENCE_FIELDS as readonly string[]).includes(field));
      const resting = await claimsRestingOnEvidence(tx, [before.id]);
      const reason = RE_REVIEW_REASONS.evidenceEdited(before.title, material);
      flaggedClaimIds = await flagClaimsForReReview(tx, acting, resting, reason, await databaseNow(tx));
    }
    await enqueueCapture(tx, evidence.id, changes.after);
    return { evidence, changed: true as const, flaggedClaimIds };
  });
}

function pick<T extends Record<string, unknown>>(row: Record<string, unknown>, shape: T): T {
  return Object.fromEntries(Object.keys(shape).map((key) => [key, row[key]])) as T;
}
