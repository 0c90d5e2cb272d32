import "server-only";
import type { Prisma } from "@/generated/prisma/client";

// What the public may see is decided here and nowhere else. Every public
// query builds its filter from these functions, so an unpublished or archived tracker can
// never leak through a query that forgot a condition.

export function publicTrackerWhere(): Prisma.TrackerWhereInput {
  return { published: true, archivedAt: null };
}

// A retired proof point is no longer part of the checklist, so it must not count towards
// "N of M boxes ticked". Use this form when nesting under a tracker that was already
// filtered with publicTrackerWhere().
export function activeProofPointWhere(): Prisma.ProofPointWhereInput {
  return { retiredAt: null };
}

/** The checklist as counted: active proof points of public trackers. */
export function publicProofPointWhere(): Prisma.ProofPointWhereInput {
  return { ...activeProofPointWhere(), tracker: publicTrackerWhere() };
}

// Retiring a proof point keeps its record: its page, criteria and claims stay readable
// (they just stop counting). Use this for reading a point, never for counting boxes.
export function publicReadableProofPointWhere(): Prisma.ProofPointWhereInput {
  return { tracker: publicTrackerWhere() };
}

export function publicClaimWhere(): Prisma.ClaimWhereInput {
  return { proofPoint: publicReadableProofPointWhere() };
}

// Withdrawn (soft-deleted) evidence keeps its audit trail but leaves the public record.
export function publicEvidenceWhere(): Prisma.EvidenceWhereInput {
  return { deletedAt: null };
}

export function publicCriteriaWhere(): Prisma.ResolutionCriteriaWhereInput {
  return { proofPoint: publicReadableProofPointWhere() };
}

/** A former slug redirects only to a tracker readers may see; otherwise it is a plain 404. */
export function publicSlugAliasWhere(): Prisma.TrackerSlugAliasWhereInput {
  return { tracker: publicTrackerWhere() };
}

// Edits made before a tracker was first published were drafting, not changes readers
// could have relied on: the public history starts at the first publication.
export function publicChecklistChangeWhere(firstPublishedAt: Date): Prisma.ChecklistChangeWhereInput {
  return { tracker: publicTrackerWhere(), createdAt: { gte: firstPublishedAt } };
}
