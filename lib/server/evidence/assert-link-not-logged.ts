import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { invalidField } from "@/lib/errors/app-error";

/**
 * One link is logged once per claim: a second live item with the same normalized URL is
 * refused on the url field, naming the item that has it. `exceptEvidenceId` is the item
 * being edited, which may keep its own URL.
 */
export async function assertLinkNotLogged(tx: Prisma.TransactionClient, claimId: string, url: string, exceptEvidenceId?: string) {
  const duplicate = await tx.evidence.findFirst({
    where: { claimId, url, deletedAt: null, ...(exceptEvidenceId ? { id: { not: exceptEvidenceId } } : {}) },
    select: { id: true },
  });
  if (duplicate) throw invalidField("url", "this link is already logged on this claim", { existingEvidenceId: duplicate.id });
}
