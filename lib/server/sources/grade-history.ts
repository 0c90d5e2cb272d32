import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SourceReliability } from "@/lib/domain";
import { toTimestamp } from "@/lib/server/read/serialize";

/** One entry of a source's public grade history: who proposed, who approved, when, why. */
export type GradeHistoryEntry = {
  id: string;
  reliability: SourceReliability;
  kind: "direct" | "provisional" | "confirmed" | "approved";
  rationale: string;
  proposedBy: string;
  approvedBy: string | null;
  /** When it took effect (an approval's date, not the proposal's). */
  at: string;
  proposedAt: string | null;
};

/** Newest first. */
export const gradeHistoryOrder = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.SourceRatingOrderByWithRelationInput[];

export const gradeHistorySelect = {
  id: true,
  reliability: true,
  kind: true,
  rationale: true,
  createdAt: true,
  ratedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
  proposal: { select: { createdAt: true } },
} satisfies Prisma.SourceRatingSelect;

export function toGradeHistoryEntry(row: Prisma.SourceRatingGetPayload<{ select: typeof gradeHistorySelect }>): GradeHistoryEntry {
  return {
    id: row.id,
    reliability: row.reliability,
    kind: row.kind,
    rationale: row.rationale,
    proposedBy: row.ratedBy.name,
    approvedBy: row.approvedBy?.name ?? null,
    at: toTimestamp(row.createdAt),
    proposedAt: row.proposal ? toTimestamp(row.proposal.createdAt) : null,
  };
}
