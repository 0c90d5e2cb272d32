import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";

export type ReviewTrackerOption = { slug: string; title: string };

/** The trackers the review queue can be filtered by: all that are not archived, published or not. */
export async function listReviewTrackers(actor: Actor | null): Promise<ReviewTrackerOption[]> {
  requirePermission(actor, "proposal:review");
  return getDb().tracker.findMany({
    where: { archivedAt: null },
    orderBy: [{ title: "asc" }, { slug: "asc" }],
    select: { slug: true, title: true },
  });
}
