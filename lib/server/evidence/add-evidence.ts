import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors/app-error";
import { ZAddEvidenceInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { findOrCreateSource } from "@/lib/server/sources/find-or-create-source";
import { inTransaction } from "@/lib/server/transaction";
import { assertLinkNotLogged } from "./assert-link-not-logged";

/** Logs a link against a claim (rule 6 of docs/architecture.md: the URL arrives normalized from the schema). */
export async function addEvidence(actor: Actor | null, input: unknown) {
  const user = requirePermission(actor, "evidence:create");
  const data = parseInput(ZAddEvidenceInput, input);
  return inTransaction(async (tx) => {
    const claim = await tx.claim.findUnique({ where: { id: data.claimId }, select: { id: true } });
    if (!claim) throw notFound("The claim");
    await assertLinkNotLogged(tx, claim.id, data.url.url);
    const source = await findOrCreateSource(tx, user, data.url.domain, data.sourceName);
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
        createdById: user.id,
      },
    });
    await recordAuditEvent(tx, { actor, action: "evidence.create", entityType: "Evidence", entityId: evidence.id, after: evidence });
    return evidence;
  });
}
