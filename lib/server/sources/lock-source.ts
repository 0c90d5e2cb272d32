import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { notFound } from "@/lib/errors/app-error";

/** Locks a source FOR UPDATE, so concurrent ratings append to its history one after the other. */
export async function lockSource(tx: Prisma.TransactionClient, sourceId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM sources WHERE id = ${sourceId} FOR UPDATE`;
  if (locked.length === 0) throw notFound("The source");
  return tx.source.findUniqueOrThrow({ where: { id: sourceId } });
}
