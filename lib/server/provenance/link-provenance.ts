import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { canonicalEvidenceUrl } from "@/lib/domain/canonical-url";
import { RE_REVIEW_REASONS } from "@/lib/domain/re-review";
import { AppError, invalidField, notFound } from "@/lib/errors/app-error";
import { ZLinkProvenanceInput } from "@/lib/validation/provenance";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { refreshEvidenceTally } from "@/lib/server/evidence/evidence-tally";
import { lockLiveEvidence } from "@/lib/server/evidence/lock-evidence";
import { claimsRestingOnEvidence, flagClaimsForReReview } from "@/lib/server/re-review/flag-claims";
import { commandNow, inTransaction, type CommandContext } from "@/lib/server/transaction";
import { itemsSharingOrigin } from "./provenance-component";

/**
 * Records that an evidence item republishes, quotes, cites, translates or summarises another
 * item on the same claim, or traces to a named origin (an existing one, or one named here).
 * The claim's independent-origin counts are recounted in the same transaction; if the claim's
 * current approval cites an item whose origin this joins, the claim is flagged "needs
 * re-review" (rule 8 of docs/architecture.md): fewer independent origins may no longer carry it.
 */
export async function linkProvenance(actor: Actor | null, input: unknown, context: CommandContext = {}) {
  const acting = requirePermission(actor, "evidence:edit");
  const data = parseInput(ZLinkProvenanceInput, input);
  return inTransaction(async (tx, touch) => {
    const item = await lockLiveEvidence(tx, data.evidenceId);
    const at = await commandNow(tx, context);
    const target = await resolveTarget(tx, item, data, acting.id, at);
    const duplicate = await tx.provenanceLink.findFirst({
      where: { evidenceId: item.id, removedAt: null, parentEvidenceId: target.parentEvidenceId, originId: target.originId },
      select: { id: true },
    });
    if (duplicate) throw new AppError("CONFLICT", "This item is already linked to that origin; nothing was saved.");
    const link = await tx.provenanceLink.create({
      data: {
        claimId: item.claimId,
        evidenceId: item.id,
        relation: data.relation,
        parentEvidenceId: target.parentEvidenceId,
        originId: target.originId,
        reason: data.reason,
        createdById: acting.id,
        createdAt: at,
      },
    });
    await refreshEvidenceTally(tx, item.claimId);
    touch.claim(item.claimId);
    const joined = await itemsSharingOrigin(tx, item.claimId, [item.id]);
    const resting = await claimsRestingOnEvidence(tx, joined);
    const flaggedClaimIds = await flagClaimsForReReview(tx, acting, resting, RE_REVIEW_REASONS.provenanceChanged(item.title), at);
    await recordAuditEvent(tx, { actor, action: "provenance.link", entityType: "Evidence", entityId: item.id, after: link });
    return { link, claimId: item.claimId, flaggedClaimIds };
  });
}

type Target = { parentEvidenceId: string | null; originId: string | null };

async function resolveTarget(
  tx: Prisma.TransactionClient,
  item: { id: string; claimId: string },
  data: ReturnType<typeof ZLinkProvenanceInput.parse>,
  userId: string,
  at: Date,
): Promise<Target> {
  if (data.target.kind === "item") {
    const parentId = data.target.id;
    if (parentId === item.id) throw invalidField("target", "must be another item: an item cannot derive from itself");
    const [parent] = await tx.$queryRaw<{ id: string; claimId: string; deletedAt: Date | null }[]>`
      SELECT id, "claimId", "deletedAt" FROM evidence WHERE id = ${parentId} FOR SHARE`;
    if (!parent) throw notFound("The item it derives from");
    if (parent.claimId !== item.claimId) throw invalidField("target", "must be an item on the same claim (for another claim's article, name an origin)");
    if (parent.deletedAt) throw invalidField("target", "was removed from the claim, so nothing new can derive from it");
    if (await derivesFrom(tx, item.claimId, parent.id, item.id)) {
      throw invalidField("target", "already derives from this item, so the link would go round in a circle");
    }
    return { parentEvidenceId: parent.id, originId: null };
  }
  if (data.target.kind === "origin") {
    const origin = await tx.provenanceOrigin.findUnique({ where: { id: data.target.id }, select: { id: true } });
    if (!origin) throw notFound("The origin");
    return { parentEvidenceId: null, originId: origin.id };
  }
  const name = data.originName!;
  const url = data.originUrl?.url ?? null;
  const canonicalUrl = url ? canonicalEvidenceUrl(url) : "";
  // The same name with the same address is the same origin: reuse it rather than split one
  // wire story into two origins that would each count.
  const existing = await tx.provenanceOrigin.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, canonicalUrl },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  if (existing) return { parentEvidenceId: null, originId: existing.id };
  const created = await tx.provenanceOrigin.create({ data: { name, url, canonicalUrl, createdById: userId, createdAt: at } });
  return { parentEvidenceId: null, originId: created.id };
}

// Whether `from` already derives (through item links on the claim) from `to`.
async function derivesFrom(tx: Prisma.TransactionClient, claimId: string, from: string, to: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ found: boolean }[]>`
    WITH RECURSIVE ancestors(id) AS (
      SELECT ${from}::text
      UNION
      SELECT l."parentEvidenceId" FROM provenance_links l JOIN ancestors a ON l."evidenceId" = a.id
      WHERE l."claimId" = ${claimId} AND l."removedAt" IS NULL AND l."parentEvidenceId" IS NOT NULL
    )
    SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = ${to}) AS found`;
  return rows[0]?.found ?? false;
}
