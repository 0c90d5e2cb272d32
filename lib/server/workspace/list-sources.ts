import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import type { SourceReliability } from "@/lib/domain";
import { toTimestamp } from "@/lib/server/read/serialize";

export type SourceSummary = {
  id: string;
  name: string;
  domain: string;
  reliability: SourceReliability;
  rationale: string;
  ratedBy: string | null;
  ratedAt: string | null;
  /** Live (not removed) evidence items citing this source. */
  evidenceCount: number;
};

/** What a source summary is read with; extend it with what a page needs besides. */
export const sourceSummarySelect = {
  id: true,
  name: true,
  domain: true,
  reliability: true,
  ratingRationale: true,
  ratedAt: true,
  ratedBy: { select: { name: true } },
} satisfies Prisma.SourceSelect;

export function toSourceSummary(source: Prisma.SourceGetPayload<{ select: typeof sourceSummarySelect }>, evidenceCount: number): SourceSummary {
  return {
    id: source.id,
    name: source.name,
    domain: source.domain,
    reliability: source.reliability,
    rationale: source.ratingRationale,
    ratedBy: source.ratedBy?.name ?? null,
    ratedAt: source.ratedAt ? toTimestamp(source.ratedAt) : null,
    evidenceCount,
  };
}

/** The source registry, by name; `unrated` keeps those nobody has graded yet (created on the fly, F). */
export async function listSources(actor: Actor | null, options: { q?: string; unrated?: boolean } = {}): Promise<SourceSummary[]> {
  requirePermission(actor, "workspace:read");
  const q = options.q?.trim();
  const sources = await getDb().source.findMany({
    where: {
      ...(options.unrated ? { ratedAt: null } : {}),
      ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" as const } }, { domain: { contains: q, mode: "insensitive" as const } }] } : {}),
    },
    select: { ...sourceSummarySelect, _count: { select: { evidence: { where: { deletedAt: null } } } } },
  });
  return sources
    .map((source) => toSourceSummary(source, source._count.evidence))
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }) || a.domain.localeCompare(b.domain));
}
