import "server-only";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { toTimestamp } from "./serialize";
import { publicClaimWhere } from "./visibility";

export type LatestStatusChange = {
  id: string;
  claimId: string;
  claimStatement: string;
  proofPointTitle: string;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  rationale: string;
  approvedAt: string;
};

export const LATEST_STATUS_CHANGES_LIMIT = 8;

/** The most recent approved status changes of one tracker's public claims, newest first. */
export async function listLatestStatusChanges(options: {
  trackerId: string;
  limit?: number;
}): Promise<LatestStatusChange[]> {
  const changes = await getDb().statusChange.findMany({
    where: { claim: { AND: [publicClaimWhere(), { proofPoint: { trackerId: options.trackerId } }] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? LATEST_STATUS_CHANGES_LIMIT,
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      rationale: true,
      createdAt: true,
      claim: { select: { id: true, statement: true, proofPoint: { select: { title: true } } } },
    },
  });

  return changes.map((change) => ({
    id: change.id,
    claimId: change.claim.id,
    claimStatement: change.claim.statement,
    proofPointTitle: change.claim.proofPoint.title,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    rationale: change.rationale,
    approvedAt: toTimestamp(change.createdAt),
  }));
}
