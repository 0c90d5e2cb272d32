import "server-only";
import { getDb } from "@/lib/db/client";
import { isStorableText } from "@/lib/validation/common";
import type { ClaimStatus } from "@/lib/domain";
import { toTimestamp } from "@/lib/server/read/serialize";
import { publicClaimWhere, publicTrackerWhere } from "@/lib/server/read/visibility";

export type FeedEntry = {
  id: string;
  claimId: string;
  claimStatement: string;
  claimant: string;
  proofPointTitle: string;
  tracker: { id: string; slug: string; title: string; isDemo: boolean };
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  rationale: string;
  proposedBy: string;
  approvedBy: string;
  approvedAt: string;
};

export type ChangeFeed = {
  /** The tracker of a per-tracker feed; null for the site-wide feed. */
  tracker: { id: string; slug: string; title: string; question: string; isDemo: boolean } | null;
  /** Newest first. */
  entries: FeedEntry[];
  asOf: string;
};

/** Feed readers fetch the whole document each time; past changes stay on the claim pages. */
export const FEED_ENTRY_LIMIT = 50;

/** Approved status changes for one tracker's feed, or the site's when no slug is given; null for an unknown slug. */
export async function getChangeFeed(options: { slug?: string; now?: Date } = {}): Promise<ChangeFeed | null> {
  const now = options.now ?? new Date();
  let tracker: ChangeFeed["tracker"] = null;
  if (options.slug !== undefined) {
    // A slug PostgreSQL could not even compare (NUL, lone surrogate) names no tracker.
    if (!isStorableText(options.slug)) return null;
    tracker = await getDb().tracker.findFirst({
      where: { ...publicTrackerWhere(), slug: options.slug },
      select: { id: true, slug: true, title: true, question: true, isDemo: true },
    });
    if (!tracker) return null;
  }

  const changes = await getDb().statusChange.findMany({
    where: { claim: { AND: [publicClaimWhere(), tracker ? { proofPoint: { trackerId: tracker.id } } : {}] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FEED_ENTRY_LIMIT,
    select: {
      id: true,
      fromStatus: true,
      toStatus: true,
      rationale: true,
      createdAt: true,
      proposedBy: { select: { name: true } },
      approvedBy: { select: { name: true } },
      claim: {
        select: {
          id: true,
          statement: true,
          claimant: true,
          proofPoint: { select: { title: true, tracker: { select: { id: true, slug: true, title: true, isDemo: true } } } },
        },
      },
    },
  });

  return {
    tracker,
    entries: changes.map((change) => ({
      id: change.id,
      claimId: change.claim.id,
      claimStatement: change.claim.statement,
      claimant: change.claim.claimant,
      proofPointTitle: change.claim.proofPoint.title,
      tracker: change.claim.proofPoint.tracker,
      fromStatus: change.fromStatus,
      toStatus: change.toStatus,
      rationale: change.rationale,
      proposedBy: change.proposedBy.name,
      approvedBy: change.approvedBy.name,
      approvedAt: toTimestamp(change.createdAt),
    })),
    asOf: toTimestamp(now),
  };
}
