import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { toTimestamp } from "@/lib/server/read/serialize";

export type ReReviewItem = {
  claimId: string;
  statement: string;
  status: ClaimStatus;
  reason: string;
  since: string;
  proofPointTitle: string;
  trackerTitle: string;
  /** A confirmation or change already waits for a second reviewer. */
  pendingProposalCount: number;
};

/** Claims flagged "needs re-review", longest-waiting first. */
export async function listReReviewQueue(actor: Actor | null): Promise<ReReviewItem[]> {
  requirePermission(actor, "proposal:review");
  const rows = await getDb().claim.findMany({
    where: { reReviewSince: { not: null } },
    orderBy: [{ reReviewSince: "asc" }, { id: "asc" }],
    select: {
      id: true,
      statement: true,
      status: true,
      reReviewReason: true,
      reReviewSince: true,
      proofPoint: { select: { title: true, tracker: { select: { title: true } } } },
      _count: { select: { proposals: { where: { state: "pending" } } } },
    },
  });
  return rows.map((row) => ({
    claimId: row.id,
    statement: row.statement,
    status: row.status,
    reason: row.reReviewReason ?? "",
    since: toTimestamp(row.reReviewSince!),
    proofPointTitle: row.proofPoint.title,
    trackerTitle: row.proofPoint.tracker.title,
    pendingProposalCount: row._count.proposals,
  }));
}
