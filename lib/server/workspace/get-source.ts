import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus, SourceReliability } from "@/lib/domain";
import { toTimestamp } from "@/lib/server/read/serialize";
import { gradeHistoryOrder, gradeHistorySelect, toGradeHistoryEntry, type GradeHistoryEntry } from "@/lib/server/sources/grade-history";
import { sourceSummarySelect, toSourceSummary, type SourceSummary } from "./list-sources";

export type PendingGradeProposal = {
  id: string;
  fromReliability: SourceReliability;
  toReliability: SourceReliability;
  rationale: string;
  proposedBy: { id: string; name: string };
  createdAt: string;
};

export type SourceDetail = SourceSummary & {
  /** Newest first. */
  ratings: GradeHistoryEntry[];
  gradeProvisional: boolean;
  /** Set only for the analyst who logged it: they may set the first grade themselves. */
  createdById: string | null;
  ratedById: string | null;
  pendingProposal: PendingGradeProposal | null;
  /** Claims whose balance this source's grade weighs in (live evidence only). */
  claims: { id: string; statement: string; status: ClaimStatus; items: number }[];
};

export async function getSource(actor: Actor | null, id: string): Promise<SourceDetail | null> {
  requirePermission(actor, "workspace:read");
  const source = await getDb().source.findUnique({
    where: { id },
    select: {
      ...sourceSummarySelect,
      ratedById: true,
      createdById: true,
      gradeProvisional: true,
      ratings: { orderBy: gradeHistoryOrder, select: gradeHistorySelect },
      gradeProposals: {
        where: { state: "pending" },
        take: 1,
        select: { id: true, fromReliability: true, toReliability: true, rationale: true, createdAt: true, proposedBy: { select: { id: true, name: true } } },
      },
      evidence: {
        where: { deletedAt: null },
        select: { claim: { select: { id: true, statement: true, status: true } } },
      },
    },
  });
  if (!source) return null;

  const claims = new Map<string, SourceDetail["claims"][number]>();
  for (const { claim } of source.evidence) {
    const entry = claims.get(claim.id) ?? { ...claim, items: 0 };
    entry.items += 1;
    claims.set(claim.id, entry);
  }
  return {
    ...toSourceSummary(source, source.evidence.length),
    ratings: source.ratings.map(toGradeHistoryEntry),
    gradeProvisional: source.gradeProvisional,
    createdById: source.createdById,
    ratedById: source.ratedById,
    pendingProposal: source.gradeProposals[0]
      ? { ...source.gradeProposals[0], createdAt: toTimestamp(source.gradeProposals[0].createdAt) }
      : null,
    claims: [...claims.values()].sort((a, b) => b.items - a.items || a.statement.localeCompare(b.statement)),
  };
}
