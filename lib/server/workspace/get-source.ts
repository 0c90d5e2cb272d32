import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { ClaimStatus, SourceReliability } from "@/lib/domain";
import { toTimestamp } from "@/lib/server/public/serialize";
import type { SourceSummary } from "./list-sources";

export type SourceRatingEntry = { id: string; reliability: SourceReliability; rationale: string; ratedBy: string; ratedAt: string };

export type SourceDetail = SourceSummary & {
  /** Newest first. */
  ratings: SourceRatingEntry[];
  /** Claims whose balance this source's grade weighs in (live evidence only). */
  claims: { id: string; statement: string; status: ClaimStatus; items: number }[];
};

export async function getSource(actor: Actor | null, id: string): Promise<SourceDetail | null> {
  requirePermission(actor, "workspace:read");
  const source = await getDb().source.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      domain: true,
      reliability: true,
      ratingRationale: true,
      ratedAt: true,
      ratedBy: { select: { name: true } },
      ratings: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { id: true, reliability: true, rationale: true, createdAt: true, ratedBy: { select: { name: true } } },
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
    id: source.id,
    name: source.name,
    domain: source.domain,
    reliability: source.reliability,
    rationale: source.ratingRationale,
    ratedBy: source.ratedBy?.name ?? null,
    ratedAt: source.ratedAt ? toTimestamp(source.ratedAt) : null,
    evidenceCount: source.evidence.length,
    ratings: source.ratings.map((rating) => ({
      id: rating.id,
      reliability: rating.reliability,
      rationale: rating.rationale,
      ratedBy: rating.ratedBy.name,
      ratedAt: toTimestamp(rating.createdAt),
    })),
    claims: [...claims.values()].sort((a, b) => b.items - a.items || a.statement.localeCompare(b.statement)),
  };
}
