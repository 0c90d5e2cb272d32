import "server-only";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus, SourceReliability } from "@/lib/domain";
import { gradeHistoryOrder, gradeHistorySelect, toGradeHistoryEntry, type GradeHistoryEntry } from "@/lib/server/sources/grade-history";
import { publicClaimWhere, publicEvidenceWhere } from "@/lib/server/read/visibility";

export type PublicSource = {
  name: string;
  domain: string;
  reliability: SourceReliability;
  /** Set by the analyst who logged it and not yet confirmed by a reviewer. */
  provisional: boolean;
  /** Newest first: who proposed, who approved, when, why. */
  history: GradeHistoryEntry[];
  /** Public claims citing live evidence from this source. */
  claims: { id: string; statement: string; status: ClaimStatus; trackerTitle: string; items: number }[];
};

/** A source's public page: its grade, the grade's history and the public claims citing it; null if unknown. */
export async function getPublicSource(options: { domain: string }): Promise<PublicSource | null> {
  const source = await getDb().source.findUnique({
    where: { domain: options.domain.toLowerCase() },
    select: {
      name: true,
      domain: true,
      reliability: true,
      gradeProvisional: true,
      ratings: { orderBy: gradeHistoryOrder, select: gradeHistorySelect },
      evidence: {
        where: { AND: [publicEvidenceWhere(), { claim: publicClaimWhere() }] },
        select: { claim: { select: { id: true, statement: true, status: true, proofPoint: { select: { tracker: { select: { title: true } } } } } } },
      },
    },
  });
  if (!source) return null;
  const claims = new Map<string, PublicSource["claims"][number]>();
  for (const { claim } of source.evidence) {
    const entry = claims.get(claim.id) ?? { id: claim.id, statement: claim.statement, status: claim.status, trackerTitle: claim.proofPoint.tracker.title, items: 0 };
    entry.items += 1;
    claims.set(claim.id, entry);
  }
  return {
    name: source.name,
    domain: source.domain,
    reliability: source.reliability,
    provisional: source.gradeProvisional,
    history: source.ratings.map(toGradeHistoryEntry),
    claims: [...claims.values()].sort((a, b) => b.items - a.items || a.statement.localeCompare(b.statement)),
  };
}
