import "server-only";
// A claim's provenance links as the read model and the tally see them: the graph's edges for
// lib/domain/independent-origins.ts, and the lines readers see under each derived item.
import type { Prisma } from "@/generated/prisma/client";
import { balanceOriginKeys, originKeys, type ProvenanceEdge, type ProvenanceRelation } from "@/lib/domain/independent-origins";

type Db = Pick<Prisma.TransactionClient, "provenanceLink">;

export type PublicProvenanceLink = {
  id: string;
  evidenceId: string;
  relation: ProvenanceRelation;
  /** The item it derives from (same claim), or null for a named origin. */
  parentEvidence: { id: string; title: string; withdrawn: boolean } | null;
  origin: { id: string; name: string; url: string | null } | null;
  reason: string;
  createdBy: string;
  createdAt: string;
};

export type ClaimProvenance = {
  links: PublicProvenanceLink[];
  edges: ProvenanceEdge[];
};

const linkSelect = {
  id: true,
  claimId: true,
  evidenceId: true,
  relation: true,
  reason: true,
  createdAt: true,
  createdBy: { select: { name: true } },
  parentEvidence: { select: { id: true, title: true, deletedAt: true } },
  origin: { select: { id: true, name: true, url: true } },
} satisfies Prisma.ProvenanceLinkSelect;

type LinkRow = Prisma.ProvenanceLinkGetPayload<{ select: typeof linkSelect }>;

export function toEdge(row: { evidenceId: string; parentEvidenceId?: string | null; originId?: string | null }): ProvenanceEdge | null {
  if (row.parentEvidenceId) return { from: row.evidenceId, to: { kind: "item", id: row.parentEvidenceId } };
  if (row.originId) return { from: row.evidenceId, to: { kind: "origin", id: row.originId } };
  return null;
}

function toPublicLink(row: LinkRow): PublicProvenanceLink {
  return {
    id: row.id,
    evidenceId: row.evidenceId,
    relation: row.relation,
    parentEvidence: row.parentEvidence
      ? { id: row.parentEvidence.id, title: row.parentEvidence.title, withdrawn: row.parentEvidence.deletedAt !== null }
      : null,
    origin: row.origin,
    reason: row.reason,
    createdBy: row.createdBy.name,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The live links of these claims, in one statement, by claim. */
export async function loadProvenance(db: Db, claimIds: readonly string[]): Promise<Map<string, ClaimProvenance>> {
  const byClaim = new Map<string, ClaimProvenance>(claimIds.map((id) => [id, { links: [], edges: [] }]));
  if (claimIds.length === 0) return byClaim;
  const rows = await db.provenanceLink.findMany({
    where: { claimId: { in: [...claimIds] }, removedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: linkSelect,
  });
  for (const row of rows) {
    const entry = byClaim.get(row.claimId)!;
    entry.links.push(toPublicLink(row));
    const edge = toEdge({ evidenceId: row.evidenceId, parentEvidenceId: row.parentEvidence?.id, originId: row.origin?.id });
    if (edge) entry.edges.push(edge);
  }
  return byClaim;
}

/** The live links of these items (what each derives from), in one statement, by item. */
export async function loadLinksOfItems(db: Db, itemIds: readonly string[]): Promise<Map<string, PublicProvenanceLink[]>> {
  const byItem = new Map<string, PublicProvenanceLink[]>();
  if (itemIds.length === 0) return byItem;
  const rows = await db.provenanceLink.findMany({
    where: { evidenceId: { in: [...itemIds] }, removedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: linkSelect,
  });
  for (const row of rows) byItem.set(row.evidenceId, [...(byItem.get(row.evidenceId) ?? []), toPublicLink(row)]);
  return byItem;
}

/**
 * The items with what each derives from and the origin group it belongs to (`grouping` from
 * originKeysFor), for the claim pages. Links are indexed once, not filtered per item.
 */
export function withDerivations<T extends { id: string; originKey: string }>(
  items: readonly T[],
  provenance: ClaimProvenance | undefined,
  grouping: ReadonlyMap<string, string>,
): (T & { derivedFrom: PublicProvenanceLink[] })[] {
  const byItem = new Map<string, PublicProvenanceLink[]>();
  for (const link of provenance?.links ?? []) byItem.set(link.evidenceId, [...(byItem.get(link.evidenceId) ?? []), link]);
  return items.map((item) => ({ ...item, derivedFrom: byItem.get(item.id) ?? [], originKey: grouping.get(item.id) ?? item.originKey }));
}

/** Origin keys for the balance (linked items only) and for grouping (every item). */
export function originKeysFor(itemIds: readonly string[], provenance: ClaimProvenance | undefined) {
  const edges = provenance?.edges ?? [];
  return { balance: balanceOriginKeys(itemIds, edges), grouping: originKeys(itemIds, edges) };
}
