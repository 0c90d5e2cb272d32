import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { invalidField } from "@/lib/errors/app-error";
import { ZEditEvidenceInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { changedFields } from "@/lib/server/changed-fields";
import { findOrCreateSource } from "@/lib/server/sources/find-or-create-source";
import { inTransaction } from "@/lib/server/transaction";
import { lockLiveEvidence } from "./lock-evidence";

/** Corrects a logged link. A new URL is checked for duplicates on the claim and may change the source. */
export async function editEvidence(actor: Actor | null, input: unknown) {
  requirePermission(actor, "evidence:edit");
  const data = parseInput(ZEditEvidenceInput, input);
  return inTransaction(async (tx, touch) => {
    const before = await lockLiveEvidence(tx, data.evidenceId);
    let sourceId = before.sourceId;
    if (data.url.url !== before.url) {
      const duplicate = await tx.evidence.findFirst({
        where: { claimId: before.claimId, url: data.url.url, deletedAt: null, id: { not: before.id } },
        select: { id: true },
      });
      if (duplicate) throw invalidField("url", "this link is already logged on this claim", { existingEvidenceId: duplicate.id });
      sourceId = (await findOrCreateSource(tx, actor!, data.url.domain, data.sourceName)).id;
    }
    const next = {
      url: data.url.url,
      sourceId,
      title: data.title,
      quote: data.quote,
      publishedAt: data.publishedAt ?? null,
      accessedAt: data.accessedAt,
      stance: data.stance,
      credibility: data.credibility,
      archivedUrl: data.archivedUrl?.url ?? null,
    };
    const changes = changedFields(pick(before, next), next);
    if (!changes) return { evidence: before, changed: false as const };
    const evidence = await tx.evidence.update({
      where: { id: before.id },
      data: changes.after as Prisma.EvidenceUncheckedUpdateInput,
    });
    touch.claim(before.claimId);
    await recordAuditEvent(tx, { actor, action: "evidence.edit", entityType: "Evidence", entityId: evidence.id, ...changes });
    return { evidence, changed: true as const };
  });
}

function pick<T extends Record<string, unknown>>(row: Record<string, unknown>, shape: T): T {
  return Object.fromEntries(Object.keys(shape).map((key) => [key, row[key]])) as T;
}
