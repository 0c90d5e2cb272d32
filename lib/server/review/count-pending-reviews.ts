import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";

/**
 * How many proposals wait for this reviewer: pending ones made by someone else (their own
 * need another reviewer). One indexed count, cheap enough for the header on every page.
 */
export async function countPendingReviews(actor: Actor | null): Promise<number> {
  const reviewer = requirePermission(actor, "proposal:review");
  return getDb().statusProposal.count({ where: { state: "pending", proposedById: { not: reviewer.id } } });
}
