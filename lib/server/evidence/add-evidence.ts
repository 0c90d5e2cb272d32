import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { evidenceRecord } from "./evidence-record";
import { notFound } from "@/lib/errors/app-error";
import { ZAddEvidenceInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordDomainEvent } from "@/lib/server/events/record-domain-event";
import { findOrCreateSource } from "@/lib/server/sources/find-or-create-source";
import { refreshEvidenceTally } from "./evidence-tally";
import { inTransaction } from "@/lib/server/transaction";
import { assertLinkNotLogged } from "./assert-link-not-logged";
import { enqueueCapture } from "@/lib/server/capture/enqueue-capture";

/**
 * Logs a link against a claim (rule 6 of docs/architecture.md: the URL arrives normalized from the
 * schema). One article is one item: another address of an article already on the claim
 * (www./m./amp, tracking parameters, fragment…) is refused with a link to the existing item.
 */
export async function addEvidence(actor: Actor | null, input: unknown) {
  const acting = requirePermission(actor, "evidence:create");
  const data = parseInput(ZAddEvidenceInput, input);
  return inTransaction(async (tx, touch) => {
    const [claim] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM claims WHERE id = ${data.claimId} FOR SHARE`;
    if (!claim) throw notFound("The claim");
    const record = evidenceRecord(data);
    await assertLinkNotLogged(tx, claim.id, record.canonicalUrl);
    const source = await findOrCreateSource(tx, acting, data.url.domain, data.sourceName);
    const evidence = await tx.evidence.create({
      data: { ...record, claimId: claim.id, sourceId: source.id, createdById: acting.id },
    });
    await refreshEvidenceTally(tx, claim.id);
    touch.claim(claim.id);
    await recordAuditEvent(tx, { actor, action: "evidence.create", entityType: "Evidence", entityId: evidence.id, after: evidence });
    await recordDomainEvent(tx, {
      kind: "evidence.added",
      actor: acting,
      subjectType: "Evidence",
      subjectId: evidence.id,
      claimId: claim.id,
      occurredAt: evidence.createdAt,
      data: { evidence: { id: evidence.id, title: evidence.title, url: evidence.url, stance: evidence.stance, sourceName: source.name } },
    });
    await enqueueCapture(tx, evidence.id);
    return evidence;
  });
}
