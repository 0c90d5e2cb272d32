import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { CriteriaFields } from "@/lib/domain/criteria";

export type CriteriaVersionInput = CriteriaFields & { note: string };

/** The newest criteria version of a proof point, or null when none was ever set. */
export function currentCriteria(tx: Prisma.TransactionClient, proofPointId: string) {
  return tx.resolutionCriteria.findFirst({ where: { proofPointId }, orderBy: { version: "desc" } });
}

/**
 * Appends the next criteria version. Callers hold the tracker lock (tracker-lock.ts), so
 * the version number cannot be taken twice. Claims are not touched: new criteria never
 * re-tick a box by themselves; reviewers re-judge claims through proposals.
 */
export async function appendCriteriaVersion(
  tx: Prisma.TransactionClient,
  actor: Actor,
  proofPointId: string,
  fields: CriteriaVersionInput,
  at: Date,
) {
  const latest = await currentCriteria(tx, proofPointId);
  return tx.resolutionCriteria.create({
    data: {
      proofPointId,
      version: (latest?.version ?? 0) + 1,
      tickWhen: fields.tickWhen,
      contestedWhen: fields.contestedWhen,
      thresholdValue: fields.thresholdValue,
      thresholdUnit: fields.thresholdUnit,
      thresholdQualifier: fields.thresholdQualifier,
      note: fields.note,
      authorId: actor.id,
      createdAt: at,
    },
  });
}
