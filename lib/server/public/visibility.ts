import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// STYLE.md item 7: what the public may see is decided here and nowhere else. Every public
// query builds its filter from these functions, so an unpublished or archived tracker can
// never leak through a query that forgot a condition.

export function publicTrackerWhere(): Prisma.TrackerWhereInput {
  return { published: true, archivedAt: null };
}

// A retired proof point is no longer part of the checklist, so it must not count towards
// "N of M boxes ticked" nor expose its claims. Use this form when nesting under a tracker
// that was already filtered with publicTrackerWhere().
export function activeProofPointWhere(): Prisma.ProofPointWhereInput {
  return { retiredAt: null };
}

export function publicProofPointWhere(): Prisma.ProofPointWhereInput {
  return { ...activeProofPointWhere(), tracker: publicTrackerWhere() };
}

export function publicClaimWhere(): Prisma.ClaimWhereInput {
  return { proofPoint: publicProofPointWhere() };
}

// Withdrawn (soft-deleted) evidence keeps its audit trail but leaves the public record.
export function publicEvidenceWhere(): Prisma.EvidenceWhereInput {
  return { deletedAt: null };
}
