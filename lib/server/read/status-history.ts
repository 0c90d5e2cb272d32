import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ClaimStatus, Stance } from "@/lib/domain";
import { toTimestamp } from "./serialize";

export type CitedEvidence = { id: string; title: string; url: string; stance: Stance };

export type StatusHistoryEntry = {
  id: string;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  rationale: string;
  /** What the reviewer wrote on approving, if anything: part of the public record. */
  approvalNote: string | null;
  approvedAt: string;
  proposedBy: string;
  approvedBy: string;
  citedEvidence: CitedEvidence[];
  /** Cited items withdrawn since the approval: counted so the record stays honest, not linked. */
  withdrawnCitationCount: number;
  /** A confirmation keeps the status (from = to) and answers a re-review flag. */
  isConfirmation: boolean;
  /** The re-review flag this approval answered, if any. */
  reReviewReason: string | null;
  /** For supported: whether the reviewer judged the claim to meet the criteria, and which version. */
  meetsCriteria: boolean | null;
  criteriaVersion: number | null;
};

/** A claim's history in the order its changes were approved. */
export const statusHistoryOrder = [{ createdAt: "asc" }, { id: "asc" }] satisfies Prisma.StatusChangeOrderByWithRelationInput[];

export const statusHistorySelect = {
  id: true,
  fromStatus: true,
  toStatus: true,
  rationale: true,
  createdAt: true,
  meetsCriteria: true,
  criteriaVersion: true,
  reReviewReason: true,
  proposedBy: { select: { name: true } },
  approvedBy: { select: { name: true } },
  proposal: {
    select: {
      decisionNote: true,
      citations: {
        orderBy: { evidenceId: "asc" },
        select: { evidence: { select: { id: true, title: true, url: true, stance: true, deletedAt: true } } },
      },
    },
  },
} satisfies Prisma.StatusChangeSelect;

type StatusChangeRow = Prisma.StatusChangeGetPayload<{ select: typeof statusHistorySelect }>;

export function toStatusHistoryEntry(row: StatusChangeRow): StatusHistoryEntry {
  const cited = row.proposal.citations.map((citation) => citation.evidence);
  return {
    id: row.id,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    rationale: row.rationale,
    approvalNote: row.proposal.decisionNote?.trim() || null,
    approvedAt: toTimestamp(row.createdAt),
    proposedBy: row.proposedBy.name,
    approvedBy: row.approvedBy.name,
    citedEvidence: cited
      .filter((evidence) => evidence.deletedAt === null)
      .map(({ id, title, url, stance }) => ({ id, title, url, stance })),
    withdrawnCitationCount: cited.filter((evidence) => evidence.deletedAt !== null).length,
    isConfirmation: row.fromStatus === row.toStatus,
    reReviewReason: row.reReviewReason,
    meetsCriteria: row.meetsCriteria,
    criteriaVersion: row.criteriaVersion,
  };
}
