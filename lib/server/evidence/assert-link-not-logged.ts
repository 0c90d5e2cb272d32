import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { invalidField } from "@/lib/errors/app-error";

/**
 * One article is one item per claim: a second live item with the same canonical URL
 * (lib/domain/canonical-url.ts folds www./m./amp, tracking parameters, fragments…) is
 * refused on the url field, naming the item that has it. `exceptEvidenceId` is the item
 * being edited, which may keep its own URL.
 */
export async function assertLinkNotLogged(tx: Prisma.TransactionClient, claimId: string, canonicalUrl: string, exceptEvidenceId?: string) {
  const duplicate = await tx.evidence.findFirst({
    where: { claimId, canonicalUrl, deletedAt: null, ...(exceptEvidenceId ? { id: { not: exceptEvidenceId } } : {}) },
    select: { id: true },
  });
  if (duplicate) throw invalidField("url", "this link is already logged on this claim", { existingEvidenceId: duplicate.id });
}
