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

// Retiring a proof point keeps its record: its page, criteria and claims stay readable
// (they just stop counting). Use this for reading a point, never for counting boxes.
export function publicReadableProofPointWhere(): Prisma.ProofPointWhereInput {
  return { tracker: publicTrackerWhere() };
}

// A claim is public exactly when its tracker is: published and not archived. Retiring its
// proof point does not un-publish what was said about it (docs/architecture.md,
// "Visibility"). The filter and the predicate below state the same rule for a query and
// for a row already loaded; tests/integration/claim-visibility.test.ts holds them together.
export function publicClaimWhere(): Prisma.ClaimWhereInput {
  return { proofPoint: publicReadableProofPointWhere() };
}

type TrackerVisibility = { published: boolean; archivedAt: Date | null };

export function isPublicTracker(tracker: TrackerVisibility): boolean {
  return tracker.published && tracker.archivedAt === null;
}

/** The same rule as publicClaimWhere(), for a claim whose tracker is already loaded. */
export function isPublicClaim(claim: { proofPoint: { tracker: TrackerVisibility } }): boolean {
  return isPublicTracker(claim.proofPoint.tracker);
}

// Withdrawn (soft-deleted) evidence keeps its audit trail but leaves the public record.
export function publicEvidenceWhere(): Prisma.EvidenceWhereInput {
  return { deletedAt: null };
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
