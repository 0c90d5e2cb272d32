import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { publicEvidenceSelect, toPublicEvidence, type PublicEvidence } from "@/lib/server/read/evidence";
import { toTimestamp } from "@/lib/server/read/serialize";

export type WorkspaceEvidenceDetail = PublicEvidence & {
  claim: { id: string; statement: string };
  loggedBy: string;
  loggedAt: string;
  removed: { at: string; by: string | null } | null;
  /** Approved status changes that cite this item: edits change what those changes rest on. */
  citedByApprovedChanges: number;
  citedByPendingProposals: number;
};

/** One evidence item for its edit page, removed ones included (shown read-only). */
export async function getWorkspaceEvidence(actor: Actor | null, id: string): Promise<WorkspaceEvidenceDetail | null> {
  requirePermission(actor, "workspace:read");
  const row = await getDb().evidence.findUnique({
    where: { id },
    select: {
      ...publicEvidenceSelect,
      claim: { select: { id: true, statement: true } },
      createdBy: { select: { name: true } },
      createdAt: true,
      deletedAt: true,
      deletedBy: { select: { name: true } },
      citations: { select: { proposal: { select: { state: true } } } },
    },
  });
  if (!row) return null;
  const states = row.citations.map((citation) => citation.proposal.state);
  return {
    ...toPublicEvidence(row),
    claim: row.claim,
    loggedBy: row.createdBy.name,
    loggedAt: toTimestamp(row.createdAt),
    removed: row.deletedAt ? { at: toTimestamp(row.deletedAt), by: row.deletedBy?.name ?? null } : null,
    citedByApprovedChanges: states.filter((state) => state === "approved").length,
    citedByPendingProposals: states.filter((state) => state === "pending").length,
  };
}
