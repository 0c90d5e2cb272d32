import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus, EvidenceBalance } from "@/lib/domain";
import { isPublicClaim, publicEvidenceWhere } from "@/lib/server/read/visibility";
import { ZId } from "@/lib/validation/common";
import { describeApprovalPreview, previewApproval, type PreviewPoint } from "@/lib/domain/approval-preview";
import { awaitsChanges, proposalCommentsSelect, toProposalComments, type ProposalComment } from "./proposal-comments";
import { balanceOf, evidenceSelect, toEvidence, type WorkspaceEvidence } from "./claim-evidence";

export type ReviewQueueItem = {
  id: string;
  fromStatus: ClaimStatus;
  toStatus: ClaimStatus;
  rationale: string;
  createdAt: string;
  proposedBy: { id: string; name: string };
  /** The reviewer's own proposal: shown, but only another reviewer may decide it (rule 2). */
  isOwn: boolean;
  /** The claim has moved on since the proposal was made; approving it will supersede it (rule 3). */
  isStale: boolean;
  claim: {
    id: string;
    statement: string;
    status: ClaimStatus;
    proofPointTitle: string;
    tracker: { slug: string; title: string };
    /** Whether /claims/[id] shows it, by the one rule in public/visibility.ts. */
    isPublic: boolean;
  };
  cited: WorkspaceEvidence[];
  /** Cited items withdrawn since the proposal was made: counted, not shown. */
  withdrawnCitationCount: number;
  /** Over all of the claim's live evidence, not only the cited items. */
  balance: EvidenceBalance;
  /** Disputed on one side only: why the proposer says the sources conflict. */
  conflictReason: string | null;
  /** Keeps the status as it stands, answering a re-review flag. */
  isConfirmation: boolean;
  /** The claim's re-review flag, if set. */
  reReviewReason: string | null;
  /** For Supported: the proof point's current criteria, which the reviewer must judge the claim against. */
  criteria: { version: number; tickWhen: string } | null;
  /** What approving does to the scorecard ("Ticks Overlay + CDU: 1 → 2 of 6"); null when it changes no status. */
  preview: string | null;
  /** The discussion between the proposer and reviewers, oldest first. */
  comments: ProposalComment[];
  /** A reviewer asked for changes and the proposer has not amended since. */
  changesRequested: boolean;
};

const queueSelect = {
  id: true,
  fromStatus: true,
  toStatus: true,
  rationale: true,
  conflictReason: true,
  createdAt: true,
  proposedBy: { select: { id: true, name: true } },
  comments: proposalCommentsSelect,
  citations: { orderBy: { evidenceId: "asc" }, select: { evidence: { select: { ...evidenceSelect, deletedAt: true } } } },
  claim: {
    select: {
      id: true,
      statement: true,
      status: true,
      reReviewReason: true,
      evidence: { where: publicEvidenceWhere(), orderBy: { createdAt: "asc" }, select: evidenceSelect },
      proofPoint: {
        select: {
          id: true,
          trackerId: true,
          title: true,
          retiredAt: true,
          criteria: { orderBy: { version: "desc" }, take: 1, select: { version: true, tickWhen: true } },
          tracker: { select: { slug: true, title: true, published: true, archivedAt: true } },
        },
      },
    },
  },
} satisfies Prisma.StatusProposalSelect;

/** Pending proposals, oldest first (the longest wait is decided first), optionally of one tracker. */
export async function listReviewQueue(actor: Actor | null, options: { trackerSlug?: string } = {}): Promise<ReviewQueueItem[]> {
  const reviewer = requirePermission(actor, "proposal:review");
  // A slug from the URL that no tracker could have (NUL bytes, 10 kB) matches nothing, never a 500.
  if (options.trackerSlug !== undefined && !ZId.safeParse(options.trackerSlug).success) return [];
  const rows = await getDb().statusProposal.findMany({
    where: {
      state: "pending",
      ...(options.trackerSlug ? { claim: { proofPoint: { tracker: { slug: options.trackerSlug } } } } : {}),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: queueSelect,
  });
  const previewPoints = await activePointsOf([...new Set(rows.map((row) => row.claim.proofPoint.trackerId))]);
  return rows.map((row) => {
    const { evidence, proofPoint, reReviewReason, ...claim } = row.claim;
    const cited = row.citations.map((citation) => citation.evidence);
    return {
      id: row.id,
      fromStatus: row.fromStatus,
      toStatus: row.toStatus,
      rationale: row.rationale,
      createdAt: row.createdAt.toISOString(),
      proposedBy: row.proposedBy,
      isOwn: row.proposedBy.id === reviewer.id,
      isStale: claim.status !== row.fromStatus,
      claim: {
        ...claim,
        proofPointTitle: proofPoint.title,
        tracker: { slug: proofPoint.tracker.slug, title: proofPoint.tracker.title },
        isPublic: isPublicClaim({ proofPoint }),
      },
      cited: cited.filter((item) => item.deletedAt === null).map(({ deletedAt: _deletedAt, ...item }) => toEvidence(item)),
      withdrawnCitationCount: cited.filter((item) => item.deletedAt !== null).length,
      balance: balanceOf(evidence.map(toEvidence)),
      conflictReason: row.conflictReason,
      isConfirmation: row.fromStatus === row.toStatus,
      reReviewReason,
      criteria: row.toStatus === "supported" ? (proofPoint.criteria[0] ?? null) : null,
      preview: previewOf(row, previewPoints.get(proofPoint.trackerId) ?? []),
      comments: toProposalComments(row.comments),
      changesRequested: awaitsChanges(row.comments),
    };
  });
}

/** The active proof points of these trackers with their claims' standing, in one statement. */
async function activePointsOf(trackerIds: string[]): Promise<Map<string, PreviewPoint[]>> {
  const byTracker = new Map<string, PreviewPoint[]>();
  if (trackerIds.length === 0) return byTracker;
  const points = await getDb().proofPoint.findMany({
    where: { trackerId: { in: trackerIds }, retiredAt: null },
    select: { id: true, trackerId: true, title: true, claims: { select: { id: true, status: true, meetsCriteria: true } } },
  });
  for (const { trackerId, ...point } of points) byTracker.set(trackerId, [...(byTracker.get(trackerId) ?? []), point]);
  return byTracker;
}

// A stale proposal is superseded on approval and a confirmation keeps the status: neither moves a box.
function previewOf(row: { fromStatus: ClaimStatus; toStatus: ClaimStatus; claim: { id: string; status: ClaimStatus; proofPoint: { id: string } } }, points: PreviewPoint[]) {
  if (row.fromStatus === row.toStatus || row.claim.status !== row.fromStatus) return null;
  const preview = previewApproval(points, { claimId: row.claim.id, proofPointId: row.claim.proofPoint.id, toStatus: row.toStatus });
  return preview ? describeApprovalPreview(preview) : null;
}
