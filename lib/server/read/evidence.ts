import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import {
  STANCES,
  computeEvidenceBalance,
  isInformationCredibility,
  type EvidenceBalance,
  type InformationCredibility,
  type SourceReliability,
  type Stance,
} from "@/lib/domain";
import type { LinkHealthState } from "@/lib/domain/link-health";
import { preservationSelect, toPreservation, type PublicPreservation } from "./evidence-preservation";
import type { PublicProvenanceLink } from "./provenance";
import { toCalendarDate, toCalendarDateOrNull } from "./serialize";

export type PublicEvidence = {
  id: string;
  title: string;
  url: string;
  quote: string;
  stance: Stance;
  credibility: InformationCredibility;
  publishedAt: string | null;
  accessedAt: string;
  archivedUrl: string | null;
  linkHealth: LinkHealthState;
  source: { id: string; name: string; domain: string; reliability: SourceReliability; provisional: boolean };
  /** The article's identity (canonical URL): the same article on other claims is counted by it. */
  canonicalUrl: string;
  /** Other public claims citing the same article (filled on the claim page; 0 elsewhere). */
  alsoCitedOn: number;
  preservation: PublicPreservation;
  /** What the item derives from (filled on claim pages; empty elsewhere). */
  derivedFrom: PublicProvenanceLink[];
  /** The independent origin it belongs to on its claim: items sharing one are grouped. */
  originKey: string;
};

/** Newest publication first; undated items last, in the order they were logged. */
export const evidenceDisplayOrder = [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }] satisfies Prisma.EvidenceOrderByWithRelationInput[];

export const publicEvidenceSelect = {
  id: true,
  title: true,
  url: true,
  quote: true,
  stance: true,
  credibility: true,
  publishedAt: true,
  accessedAt: true,
  archivedUrl: true,
  linkHealth: true,
  canonicalUrl: true,
  source: { select: { id: true, name: true, domain: true, reliability: true, gradeProvisional: true } },
  ...preservationSelect,
} satisfies Prisma.EvidenceSelect;

type EvidenceRow = Prisma.EvidenceGetPayload<{ select: typeof publicEvidenceSelect }>;

// The column is a plain integer with no database constraint; a value outside the Admiralty
// scale is shown and weighed as 6 ("truth cannot be judged") rather than failing the page.
const UNJUDGED_CREDIBILITY: InformationCredibility = 6;

export function toPublicEvidence(row: EvidenceRow): PublicEvidence {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    quote: row.quote,
    stance: row.stance,
    credibility: isInformationCredibility(row.credibility) ? row.credibility : UNJUDGED_CREDIBILITY,
    publishedAt: toCalendarDateOrNull(row.publishedAt),
    accessedAt: toCalendarDate(row.accessedAt),
    archivedUrl: row.archivedUrl,
    linkHealth: row.linkHealth,
    source: { id: row.source.id, name: row.source.name, domain: row.source.domain, reliability: row.source.reliability, provisional: row.source.gradeProvisional },
    canonicalUrl: row.canonicalUrl,
    alsoCitedOn: 0,
    preservation: toPreservation(row),
    derivedFrom: [],
    originKey: `item:${row.id}`,
  };
}

/** The balance of a claim's live evidence, by the one lib/domain function (public and workspace pages alike). */
export function balanceOf(evidence: readonly PublicEvidence[], originKeys?: ReadonlyMap<string, string>): EvidenceBalance {
  return computeEvidenceBalance(
    evidence.map((item) => ({
      ...originKeyOf(item.id, originKeys),
      id: item.id,
      stance: item.stance,
      sourceId: item.source.id,
      sourceName: item.source.name,
      reliability: item.source.reliability,
      credibility: item.credibility,
    })),
  );
}

/** The same balance from the narrow rows a claim's items are weighed by (no titles, quotes or links). */
export function balanceOfRows(
  rows: readonly { id: string; stance: Stance; credibility: number; source: { id: string; name: string; reliability: SourceReliability } }[],
  originKeys?: ReadonlyMap<string, string>,
): EvidenceBalance {
  return computeEvidenceBalance(
    rows.map((row) => ({
      ...originKeyOf(row.id, originKeys),
      id: row.id,
      stance: row.stance,
      sourceId: row.source.id,
      sourceName: row.source.name,
      reliability: row.source.reliability,
      credibility: isInformationCredibility(row.credibility) ? row.credibility : UNJUDGED_CREDIBILITY,
    })),
  );
}

// Only linked items carry an origin key into the balance (balanceOriginKeys).
function originKeyOf(id: string, originKeys: ReadonlyMap<string, string> | undefined): { originKey?: string } {
  const key = originKeys?.get(id);
  return key === undefined ? {} : { originKey: key };
}

export function groupByStance<T extends { stance: Stance }>(evidence: readonly T[]): Record<Stance, T[]> {
  const groups = Object.fromEntries(STANCES.map((stance) => [stance, [] as T[]]));
  for (const item of evidence) groups[item.stance]?.push(item);
  return groups as Record<Stance, T[]>;
}
