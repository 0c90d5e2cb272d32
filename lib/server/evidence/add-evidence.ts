import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { invalidField, notFound } from "@/lib/errors/app-error";
import { ZAddEvidenceInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { findOrCreateSource } from "@/lib/server/sources/find-or-create-source";
import { inTransaction } from "@/lib/server/transaction";

/** Logs a link against a claim (DESIGN.md rule 6: the URL arrives normalized from the schema). */
export async function addEvidence(actor: Actor | null, input: unknown) {
  requirePermission(actor, "evidence:create");
  const data = parseInput(ZAddEvidenceInput, input);
  return inTransaction(async (tx, touch) => {
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true } });
    if (!claim) throw notFound("The claim");
    const duplicate = await tx.evidence.findFirst({
      where: { claimId: claim.id, url: data.url.url, deletedAt: null },
      select: { id: true },
    });
    if (duplicate) {
      throw invalidField("url", "this link is already logged on this claim", { existingEvidenceId: duplicate.id });
    }
    const source = await findOrCreateSource(tx, actor!, data.url.domain, data.sourceName);
    const evidence = await tx.evidence.create({
      data: {
        claimId: claim.id,
        sourceId: source.id,
        url: data.url.url,
        title: data.title,
        quote: data.quote,
        publishedAt: data.publishedAt ?? null,
        accessedAt: data.accessedAt,
        stance: data.stance,
        credibility: data.credibility,
        archivedUrl: data.archivedUrl?.url ?? null,
        createdById: actor!.id,
      },
    });
    touch.claim(claim.id);
    await recordAuditEvent(tx, { actor, action: "evidence.create", entityType: "Evidence", entityId: evidence.id, after: evidence });
    return evidence;
  });
}
