import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors/app-error";

/**
 * Locks a tracker's row for the rest of the transaction and returns it. Every checklist
 * edit takes this one lock, so two admins editing the same tracker run one after the
 * other: positions and criteria version numbers never collide.
 */
export async function lockTracker(tx: Prisma.TransactionClient, trackerId: string) {
  await tx.$queryRaw`SELECT id FROM trackers WHERE id = ${trackerId} FOR UPDATE`;
  const tracker = await tx.tracker.findUnique({ where: { id: trackerId } });
  if (!tracker) throw notFound("The tracker");
  return tracker;
}

/** Archiving freezes a tracker: every change but unarchiving is refused. */
export function assertNotArchived(tracker: { archivedAt: Date | null }): void {
  if (tracker.archivedAt) throw new AppError("CONFLICT", "This tracker is archived: unarchive it before changing it.");
}

/** Locks the proof point's tracker (always the tracker first, so locks never cross) and returns both. */
export async function lockProofPoint(tx: Prisma.TransactionClient, proofPointId: string) {
  const found = await tx.proofPoint.findUnique({ where: { id: proofPointId }, select: { trackerId: true } });
  if (!found) throw notFound("The proof point");
  const tracker = await lockTracker(tx, found.trackerId);
  const proofPoint = await tx.proofPoint.findUniqueOrThrow({ where: { id: proofPointId } });
  return { tracker, proofPoint };
}
