import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ChecklistChangeKind } from "@/generated/prisma/enums";
import type { Actor } from "@/lib/auth/actor";

export type ChecklistChangeInput = {
  trackerId: string;
  kind: ChecklistChangeKind;
  summary: string;
  actor: Actor | null;
  at: Date;
  proofPointId?: string;
  criteriaId?: string;
};

/** Appends an entry to the tracker's public history, in the caller's transaction. */
export async function recordChecklistChange(tx: Prisma.TransactionClient, change: ChecklistChangeInput): Promise<void> {
  await tx.checklistChange.create({
    data: {
      trackerId: change.trackerId,
      kind: change.kind,
      summary: change.summary,
      actorId: change.actor?.id ?? null,
      proofPointId: change.proofPointId ?? null,
      criteriaId: change.criteriaId ?? null,
      createdAt: change.at,
    },
  });
}
