import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { nextLinkHealth, type LinkObservation } from "@/lib/domain/link-health";

export type ObservationFacts = { observation: LinkObservation; httpStatus: number | null; finalUrl: string | null; detail: string; at: Date };

/** Appends one observation and moves the item's link health by the honest state machine. */
export async function recordLinkObservation(tx: Prisma.TransactionClient, evidenceId: string, facts: ObservationFacts): Promise<void> {
  const current = await tx.evidence.findUniqueOrThrow({ where: { id: evidenceId }, select: { linkHealth: true, linkGoneStreak: true } });
  const next = nextLinkHealth({ health: current.linkHealth, goneStreak: current.linkGoneStreak }, facts.observation);
  await tx.linkCheck.create({
    data: { evidenceId, checkedAt: facts.at, observation: facts.observation, httpStatus: facts.httpStatus, finalUrl: facts.finalUrl, detail: facts.detail },
  });
  await tx.evidence.update({ where: { id: evidenceId }, data: { linkHealth: next.health, linkGoneStreak: next.goneStreak, linkCheckedAt: facts.at } });
}
