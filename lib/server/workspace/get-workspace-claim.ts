import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { type ClaimStatus, type EvidenceBalance, type Stance } from "@/lib/domain";
import { balanceOf, groupByStance, publicEvidenceSelect, toPublicEvidence, type PublicEvidence, evidenceDisplayOrder } from "@/lib/server/read/evidence";
import { statusHistorySelect, toStatusHistoryEntry, type StatusHistoryEntry, statusHistoryOrder } from "@/lib/server/read/status-history";
import { claimSummary, toTimestamp } from "@/lib/server/read/serialize";
import { publicClaimWhere } from "@/lib/server/read/visibility";
import { loadProvenance, originKeysFor, withDerivations } from "@/lib/server/read/provenance";
import { originCountsOf, originCountsSelect, type OriginCounts } from "@/lib/server/read/origin-counts";
import { claimRecordSelect } from "@/lib/server/read/claim-record";

export type WorkspaceEvidence = PublicEvidence & { loggedBy: string; loggedAt: string };

export type RemovedEvidence = { id: string; title: string; url: string; removedAt: string; removedBy: string | null };

export type WorkspaceClaim = {
  id: string;
  statement: string;
  claimant: string;
  subject: string;
  status: ClaimStatus;
  version: number;
  claimedAt: string;
  resolveBy: string | null;
  overdue: boolean;
  dueSoon: boolean;
  proofPoint: { id: string; key: string; title: string; question: string };
  tracker: { id: string; slug: string; title: string; isDemo: boolean; published: boolean; archived: boolean };
  /** The public page shows this claim (published, unarchived tracker, active proof point). */
  isPublic: boolean;
  evidenceByStance: Record<Stance, WorkspaceEvidence[]>;
  evidenceCount: number;
  /** Per stance: live items and the independent origins they come from. */
  originCounts: OriginCounts;
  balance: EvidenceBalance;
  removedEvidence: RemovedEvidence[];
  pendingProposals: number;
  history: StatusHistoryEntry[];
};

/** A claim as analysts work on it: facts, live evidence by stance, its balance, removed items and history. */
export async function getWorkspaceClaim(actor: Actor | null, id: string, now = new Date()): Promise<WorkspaceClaim | null> {
  requirePermission(actor, "workspace:read");
  const db = getDb();
  const [claim, publicCount] = await Promise.all([
    db.claim.findUnique({
      where: { id },
      select: {
        ...claimRecordSelect,
        version: true,
        proofPoint: {
          select: {
            id: true,
            key: true,
            title: true,
            question: true,
            tracker: { select: { id: true, slug: true, title: true, isDemo: true, published: true, archivedAt: true } },
          },
        },
        evidence: {
          orderBy: evidenceDisplayOrder,
          select: { ...publicEvidenceSelect, deletedAt: true, createdAt: true, createdBy: { select: { name: true } }, deletedBy: { select: { name: true } } },
        },
        statusChanges: { orderBy: statusHistoryOrder, select: statusHistorySelect },
        _count: { select: { proposals: { where: { state: "pending" } } } },
        ...originCountsSelect,
      },
    }),
    // Whether readers see it is decided by the public visibility rules, not repeated here.
    db.claim.count({ where: { ...publicClaimWhere(), id } }),
  ]);
  if (!claim) return null;

  const live = claim.evidence.filter((row) => row.deletedAt === null);
  const provenance = (await loadProvenance(db, [claim.id])).get(claim.id);
  const keys = originKeysFor(
    live.map((row) => row.id),
    provenance,
  );
  const evidence = withDerivations(
    live.map((row) => ({ ...toPublicEvidence(row), loggedBy: row.createdBy.name, loggedAt: toTimestamp(row.createdAt) })),
    provenance,
    keys.grouping,
  );
  const { tracker, ...proofPoint } = claim.proofPoint;
  return {
    ...claimSummary(claim, now),
    version: claim.version,
    proofPoint,
    tracker: { id: tracker.id, slug: tracker.slug, title: tracker.title, isDemo: tracker.isDemo, published: tracker.published, archived: tracker.archivedAt !== null },
    isPublic: publicCount > 0,
    evidenceByStance: groupByStance(evidence),
    evidenceCount: evidence.length,
    originCounts: originCountsOf(claim.evidenceTally),
    balance: balanceOf(evidence, keys.balance),
    removedEvidence: claim.evidence
      .filter((row) => row.deletedAt !== null)
      .map((row) => ({ id: row.id, title: row.title, url: row.url, removedAt: toTimestamp(row.deletedAt!), removedBy: row.deletedBy?.name ?? null })),
    pendingProposals: claim._count.proposals,
    history: claim.statusChanges.map(toStatusHistoryEntry),
  };
}
