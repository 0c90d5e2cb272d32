import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";

/** Queues a capture of the item in the caller's transaction (saving never waits on the
 * network). After an edit, only a new URL or quote needs one; a new URL also starts its
 * link health afresh, since the old observations were of another page. */
export async function enqueueCapture(tx: Prisma.TransactionClient, evidenceId: string, changed?: Record<string, unknown>): Promise<void> {
  if (changed && !("url" in changed) && !("quote" in changed)) return;
  if (changed && "url" in changed) {
    await tx.evidence.update({ where: { id: evidenceId }, data: { linkHealth: "unchecked", linkGoneStreak: 0, linkCheckedAt: null } });
  }
  await enqueue(tx, "evidence.capture", { evidenceId }, { singletonKey: evidenceId });
}
