import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors/app-error";

/**
 * Locks an evidence item FOR UPDATE and returns it; refuses a removed one. Edits and
 * removals of one item then queue, so neither can undo the other unseen.
 */
export async function lockLiveEvidence(tx: Prisma.TransactionClient, evidenceId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM evidence WHERE id = ${evidenceId} FOR UPDATE`;
  if (locked.length === 0) throw notFound("The evidence item");
  const evidence = await tx.evidence.findUniqueOrThrow({ where: { id: evidenceId } });
  if (evidence.deletedAt) {
    throw new AppError("CONFLICT", "This evidence item was removed, so it can no longer be changed; nothing was saved.");
  }
  return evidence;
}
