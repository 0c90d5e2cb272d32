import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { SourceReliability } from "@/lib/domain";
import { toTimestamp } from "@/lib/server/read/serialize";

export type GradeProposalItem = {
  id: string;
  source: { id: string; name: string; domain: string };
  fromReliability: SourceReliability;
  toReliability: SourceReliability;
  rationale: string;
  proposedBy: { id: string; name: string };
  createdAt: string;
  /** The reviewer's own proposal: only another reviewer may decide it. */
  isOwn: boolean;
  /** Live items from this source, which the change would re-weigh. */
  evidenceCount: number;
};

/** Pending source-grade changes, oldest first. */
export async function listGradeProposals(actor: Actor | null): Promise<GradeProposalItem[]> {
  const reviewer = requirePermission(actor, "proposal:review");
  const rows = await getDb().sourceGradeProposal.findMany({
    where: { state: "pending" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      fromReliability: true,
      toReliability: true,
      rationale: true,
      createdAt: true,
      proposedBy: { select: { id: true, name: true } },
      source: { select: { id: true, name: true, domain: true, _count: { select: { evidence: { where: { deletedAt: null } } } } } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    source: { id: row.source.id, name: row.source.name, domain: row.source.domain },
    fromReliability: row.fromReliability,
    toReliability: row.toReliability,
    rationale: row.rationale,
    proposedBy: row.proposedBy,
    createdAt: toTimestamp(row.createdAt),
    isOwn: row.proposedBy.id === reviewer.id,
    evidenceCount: row.source._count.evidence,
  }));
}
