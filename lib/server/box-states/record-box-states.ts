import "server-only";
// Appends to the box-state series (BoxStateChange) when a command has moved a proof point's
// box: the commands that can (an approval, re-filing a claim under another point, retiring
// or restoring a point, a new criteria version) call this in their transaction, after
// their writes. It derives the state from the claims as they now stand, by the same rule as
// the scorecard (lib/domain/scorecard.ts), and writes a row only when the state, or whether
// the point counts, differs from the point's last row: calling it when nothing moved is
// harmless. Writers on one point take turns (an advisory lock per point), so two approvals
// committing together cannot both read the old state and leave the series out of order.
import type { Prisma } from "@/generated/prisma/client";
import { boxStatusOf, proofPointState, type ClaimStatus } from "@/lib/domain";

export type BoxStateCause = "approval" | "claim_moved" | "retired" | "restored" | "criteria_changed";

export async function recordBoxStates(
  tx: Prisma.TransactionClient,
  proofPointIds: readonly string[],
  options: { at: Date; cause: BoxStateCause; statusChangeId?: string },
): Promise<void> {
  // Sorted, so two commands locking the same points lock them in the same order.
  for (const proofPointId of [...new Set(proofPointIds)].sort()) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('box-state:' || ${proofPointId}))`;
    const [point] = await tx.$queryRaw<{ trackerId: string; counted: boolean; last: string | null; lastCounted: boolean | null }[]>`
      SELECT p."trackerId", p."retiredAt" IS NULL AS counted, last.state::text AS last, last.counted AS "lastCounted"
      FROM proof_points p
      LEFT JOIN LATERAL (
        SELECT b.state, b.counted FROM box_state_changes b WHERE b."proofPointId" = p.id ORDER BY b.seq DESC LIMIT 1
      ) last ON true
      WHERE p.id = ${proofPointId}`;
    if (!point) continue;
    const judged = await tx.claim.groupBy({ by: ["status", "meetsCriteria"], where: { proofPointId } });
    const state = proofPointState(judged.map((claim: { status: ClaimStatus; meetsCriteria: boolean | null }) => boxStatusOf(claim)));
    // Before its first row a point was open and counted.
    if (state === (point.last ?? "open") && point.counted === (point.lastCounted ?? true)) continue;
    await tx.boxStateChange.create({
      data: {
        proofPointId,
        trackerId: point.trackerId,
        state,
        counted: point.counted,
        at: options.at,
        cause: options.cause,
        statusChangeId: options.statusChangeId ?? null,
      },
    });
  }
}
