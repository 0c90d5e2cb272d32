import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { evidenceRecord } from "./evidence-record";
import { notFound } from "@/lib/errors/app-error";
import { ZAddEvidenceInput } from "@/lib/validation/evidence";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordDomainEvent } from "@/lib/server/events/record-domain-event";
import { findOrCreateSource } from "@/lib/server/sources/find-or-create-source";
import { refreshEvidenceTally } from "./evidence-tally";
import { inTransaction, type Touch } from "@/lib/server/transaction";
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
  return inTransaction((tx, touch) => logEvidence(tx, touch, acting, data));
}

/**
 * The body of addEvidence, for a command that logs an item inside its own transaction
 * (accepting a reader's suggested link): the same checks, writes, audit event and capture.
 * The caller has checked "evidence:create" and parsed the input with ZAddEvidenceInput.
 */
export async function logEvidence(tx: Prisma.TransactionClient, touch: Touch, acting: Actor, data: z.output<typeof ZAddEvidenceInput>) {
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
  await recordAuditEvent(tx, { actor: acting, action: "evidence.create", entityType: "Evidence", entityId: evidence.id, after: evidence });
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
}
