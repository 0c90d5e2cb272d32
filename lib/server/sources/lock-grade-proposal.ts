import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors/app-error";
import { lockSource } from "./lock-source";

/** Locks the source, then the grade proposal (always in this order, like claim → proposal). */
export async function lockGradeProposal(tx: Prisma.TransactionClient, proposalId: string) {
  const found = await tx.sourceGradeProposal.findUnique({ where: { id: proposalId }, select: { sourceId: true } });
  if (!found) throw notFound("The grade proposal");
  const source = await lockSource(tx, found.sourceId);
  await tx.$queryRaw`SELECT id FROM source_grade_proposals WHERE id = ${proposalId} FOR UPDATE`;
  const proposal = await tx.sourceGradeProposal.findUniqueOrThrow({ where: { id: proposalId } });
  return { source, proposal };
}

export function assertGradeProposalPending(proposal: { state: string }): void {
  if (proposal.state !== "pending") {
    throw new AppError("CONFLICT", `This grade proposal was already ${proposal.state}; nothing was changed.`);
  }
}
