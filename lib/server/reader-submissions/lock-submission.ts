import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors/app-error";

/**
 * Locks a submission for a decision. Only a new one can be decided, once: two analysts
 * deciding at the same moment queue on the lock and the second is told it is done.
 */
export async function lockNewSubmission(tx: Prisma.TransactionClient, submissionId: string, kind: "evidence" | "dispute" | "claim" | null) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM reader_submissions WHERE id = ${submissionId} FOR UPDATE`;
  if (!row) throw notFound("The submission");
  const submission = await tx.readerSubmission.findUniqueOrThrow({ where: { id: row.id } });
  if (submission.state !== "new") throw new AppError("CONFLICT", `This submission was already ${submission.state}.`);
  if (kind && submission.kind !== kind) throw new AppError("CONFLICT", `This submission is not a ${kind} suggestion.`);
  return submission;
}

/** What the audit trail keeps of a submission: everything but the reader's email and token. */
export function auditedSubmission<T extends { email: string | null; emailTokenHash: string | null }>(submission: T) {
  const { email, emailTokenHash: _hash, ...rest } = submission;
  return { ...rest, emailGiven: email !== null };
}
