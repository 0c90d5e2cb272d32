import "server-only";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus } from "@/lib/domain";
import { toTimestamp } from "./serialize";
import { publicClaimWhere } from "./visibility";

export type TrackerStatusChange = {
  id: string;
  claimId: string;
  claimStatement: string;
  proofPointKey: string;
  proofPointTitle: string;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  rationale: string;
  approvedAt: string;
  /** For supported: whether the approval judged the claim to meet the criteria (only then it ticks). */
  meetsCriteria: boolean | null;
};

/** The name the scorecard's "latest approved changes" list uses for the same shape. */
export type LatestStatusChange = TrackerStatusChange;

// One query for the whole history: the scorecard derives its chart, every row's latest
// change and the newest-first list from it. A tracker has tens to a few hundred changes.
/** Every approved status change of one tracker's public claims, oldest first. */
export async function listTrackerStatusChanges(options: { trackerId: string }): Promise<TrackerStatusChange[]> {
  const changes = await getDb().statusChange.findMany({
    where: { claim: { AND: [publicClaimWhere(), { proofPoint: { trackerId: options.trackerId } }] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      rationale: true,
      createdAt: true,
      meetsCriteria: true,
      claim: { select: { id: true, statement: true, proofPoint: { select: { key: true, title: true } } } },
    },
  });

  return changes.map((change) => ({
    id: change.id,
    claimId: change.claim.id,
    claimStatement: change.claim.statement,
    proofPointKey: change.claim.proofPoint.key,
    proofPointTitle: change.claim.proofPoint.title,
    fromStatus: change.fromStatus,
    toStatus: change.toStatus,
    rationale: change.rationale,
    approvedAt: toTimestamp(change.createdAt),
    meetsCriteria: change.meetsCriteria,
  }));
}
