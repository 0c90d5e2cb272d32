import "server-only";
// One evidence item's provenance for its workspace page: what it derives from now, what it
// could be linked to (the claim's other live items, the origins already named on the claim),
// and the derivations suggested for it (lib/server/provenance/suggest-derivations.ts).
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { loadLinksOfItems, type PublicProvenanceLink } from "@/lib/server/read/provenance";
import { suggestDerivations, type DerivationSuggestion } from "@/lib/server/provenance/suggest-derivations";

export type EvidenceProvenance = {
  item: { id: string; title: string; url: string; stance: string; removed: boolean };
  claim: { id: string; statement: string };
  links: PublicProvenanceLink[];
  /** Other live items of the claim this one could derive from. */
  otherItems: { id: string; title: string }[];
  /** Origins already named on this claim's links, to pick instead of typing one again. */
  origins: { id: string; name: string; url: string | null }[];
  suggestions: DerivationSuggestion[];
};

export async function getEvidenceProvenance(actor: Actor | null, evidenceId: string): Promise<EvidenceProvenance | null> {
  requirePermission(actor, "workspace:read");
  const db = getDb();
  const item = await db.evidence.findUnique({
    where: { id: evidenceId },
    select: { id: true, title: true, url: true, stance: true, deletedAt: true, claim: { select: { id: true, statement: true } } },
  });
  if (!item) return null;
  const [links, others, claimLinks, suggestions] = await Promise.all([
    loadLinksOfItems(db, [item.id]),
    db.evidence.findMany({
      where: { claimId: item.claim.id, deletedAt: null, id: { not: item.id } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true },
    }),
    db.provenanceLink.findMany({
      where: { claimId: item.claim.id, removedAt: null, originId: { not: null } },
      distinct: ["originId"],
      select: { origin: { select: { id: true, name: true, url: true } } },
    }),
    suggestDerivations(actor, item.claim.id),
  ]);
  return {
    item: { id: item.id, title: item.title, url: item.url, stance: item.stance, removed: item.deletedAt !== null },
    claim: item.claim,
    links: links.get(item.id) ?? [],
    otherItems: others,
    origins: claimLinks.flatMap((link) => (link.origin ? [link.origin] : [])),
    suggestions: suggestions.filter((suggestion) => suggestion.evidenceId === item.id),
  };
}
