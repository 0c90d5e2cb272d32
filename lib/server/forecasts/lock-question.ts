import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { notFound } from "@/lib/errors/app-error";

/**
 * Locks a question's row for the rest of the transaction, so a forecast and the
 * resolution or annulment of its question are applied one after the other.
 */
export async function lockQuestion(tx: Prisma.TransactionClient, questionId: string) {
  await tx.$queryRaw`SELECT id FROM forecast_questions WHERE id = ${questionId} FOR UPDATE`;
  const question = await tx.forecastQuestion.findUnique({
    where: { id: questionId },
    include: {
      criteria: { select: { version: true } },
      proofPoint: { select: { id: true, title: true, trackerId: true, tracker: { select: { slug: true, archivedAt: true } } } },
    },
  });
  if (!question) throw notFound("The forecast question");
  return question;
}
