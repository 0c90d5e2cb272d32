import "server-only";
// Suggested derivations for a claim's items, for an analyst to confirm or dismiss; never
// applied. Four signals: the same article logged on another claim (canonical URL), a
// near-identical quote on this claim, a wire service credited in the captured text, and a link
// in the captured page to an item already logged here. A dismissed suggestion is never shown
// again for that item; one the links already cover is not shown either.
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { canonicalEvidenceUrl } from "@/lib/domain/canonical-url";
import { originKeys, type ProvenanceEdge, type ProvenanceRelation } from "@/lib/domain/independent-origins";
import { quotesLookAlike, wireServicesIn } from "@/lib/domain/provenance-suggestions";
import { postgresCaptureStore, type CaptureStore } from "@/lib/server/capture/capture-store";
import { extractOutboundLinks } from "@/lib/server/capture/page-content";
import { toEdge } from "@/lib/server/read/provenance";

export type SuggestionKind = "same_url" | "similar_quote" | "wire_marker" | "page_link";

export type DerivationSuggestion = {
  evidenceId: string;
  evidenceTitle: string;
  kind: SuggestionKind;
  /** What is suggested (the other item's id or the wire service): the key a dismissal remembers. */
  candidate: string;
  explanation: string;
  /** The link confirming would record, as the link form takes it. */
  proposal: { relation: ProvenanceRelation; target: string; originName?: string; originUrl?: string };
};

// Reading and parsing stored pages is the costly signal: only the newest captured items are read.
const MAX_PAGES_READ = 20;

export async function suggestDerivations(actor: Actor | null, claimId: string, store: CaptureStore = postgresCaptureStore): Promise<DerivationSuggestion[]> {
  requirePermission(actor, "workspace:read");
  const db = getDb();
  const [items, links, dismissals] = await Promise.all([
    db.evidence.findMany({
      where: { claimId, deletedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, quote: true, url: true, canonicalUrl: true, createdAt: true, publishedAt: true },
    }),
    db.provenanceLink.findMany({
      where: { claimId, removedAt: null },
      select: { evidenceId: true, parentEvidenceId: true, originId: true, origin: { select: { id: true, name: true } } },
    }),
    db.provenanceSuggestionDismissal.findMany({ where: { evidence: { claimId } }, select: { evidenceId: true, kind: true, candidate: true } }),
  ]);
  if (items.length === 0) return [];
  const edges = links.map(toEdge).filter((edge): edge is ProvenanceEdge => edge !== null);
  const component = originKeys(
    items.map((item) => item.id),
    edges,
  );
  const dismissed = new Set(dismissals.map((d) => `${d.evidenceId}|${d.kind}|${d.candidate}`));
  const suggestions: DerivationSuggestion[] = [];
  const offer = (suggestion: DerivationSuggestion) => {
    if (!dismissed.has(`${suggestion.evidenceId}|${suggestion.kind}|${suggestion.candidate}`)) suggestions.push(suggestion);
  };
  const joined = (a: string, b: string) => component.get(a) === component.get(b);
  // The later of two items is suggested as the copy: published later, else logged later.
  const isLater = (a: (typeof items)[number], b: (typeof items)[number]) =>
    (a.publishedAt?.getTime() ?? Infinity) > (b.publishedAt?.getTime() ?? Infinity) ||
    ((a.publishedAt?.getTime() ?? Infinity) === (b.publishedAt?.getTime() ?? Infinity) && a.createdAt > b.createdAt);

  // Near-identical quotes on this claim.
  for (const item of items) {
    for (const other of items) {
      if (other.id === item.id || !isLater(item, other) || joined(item.id, other.id)) continue;
      if (!quotesLookAlike(item.quote, other.quote)) continue;
      offer({
        evidenceId: item.id,
        evidenceTitle: item.title,
        kind: "similar_quote",
        candidate: other.id,
        explanation: `Its quote is near-identical to the one in “${other.title}”.`,
        proposal: { relation: "quotes", target: `item:${other.id}` },
      });
    }
  }

  // The same article on other claims, and the origin it traces to there.
  const byUrl = new Map(items.filter((item) => item.canonicalUrl !== "").map((item) => [item.canonicalUrl, item]));
  if (byUrl.size > 0) {
    const elsewhere = await db.evidence.findMany({
      where: { canonicalUrl: { in: [...byUrl.keys()] }, claimId: { not: claimId }, deletedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        canonicalUrl: true,
        claim: { select: { statement: true } },
        derivedFrom: { where: { removedAt: null, originId: { not: null } }, select: { relation: true, origin: { select: { id: true, name: true } } } },
      },
    });
    for (const other of elsewhere) {
      const item = byUrl.get(other.canonicalUrl)!;
      const traced = other.derivedFrom[0];
      const tracedHere = traced?.origin && links.some((link) => link.evidenceId === item.id && link.originId === traced.origin!.id);
      if (tracedHere) continue;
      // This item already traces to an origin and the copy elsewhere to none: the work left is
      // on the other claim, whose own suggestion offers this item's origin.
      if (!traced?.origin && links.some((link) => link.evidenceId === item.id && link.originId)) continue;
      offer({
        evidenceId: item.id,
        evidenceTitle: item.title,
        kind: "same_url",
        candidate: other.id,
        explanation: traced?.origin
          ? `The same article is logged on “${other.claim.statement}”, where it traces to “${traced.origin.name}”.`
          : `The same article is logged on “${other.claim.statement}”: name it as one origin so both claims count it once.`,
        proposal: traced?.origin
          ? { relation: traced.relation, target: `origin:${traced.origin.id}` }
          : { relation: "traces_to", target: "new", originName: item.title.slice(0, 200), originUrl: item.url },
      });
    }
  }

  // What the captured pages say and link to.
  const captures = await db.evidenceCapture.findMany({
    where: { evidenceId: { in: items.map((item) => item.id) }, outcome: "captured" },
    orderBy: [{ evidenceId: "asc" }, { capturedAt: "desc" }],
    distinct: ["evidenceId"],
    select: { evidenceId: true, readableText: true, bodyKey: true, finalUrl: true, contentType: true, capturedAt: true },
  });
  const itemById = new Map(items.map((item) => [item.id, item]));
  for (const capture of captures) {
    const item = itemById.get(capture.evidenceId)!;
    for (const service of wireServicesIn(capture.readableText ?? "")) {
      const linkedTo = links.filter((link) => link.evidenceId === item.id && link.origin);
      if (linkedTo.some((link) => link.origin!.name.toLowerCase().includes(service.toLowerCase()))) continue;
      const onClaim = links.find((link) => link.origin && link.origin.name.toLowerCase().includes(service.toLowerCase()));
      offer({
        evidenceId: item.id,
        evidenceTitle: item.title,
        kind: "wire_marker",
        candidate: service,
        explanation: `The captured page credits ${service}.`,
        proposal: onClaim
          ? { relation: "republishes", target: `origin:${onClaim.origin!.id}` }
          : { relation: "republishes", target: "new", originName: `${service} wire story` },
      });
    }
  }
  const newestPages = captures
    .filter((capture) => capture.bodyKey && (capture.contentType ?? "").includes("html"))
    .sort((a, b) => b.capturedAt.getTime() - a.capturedAt.getTime())
    .slice(0, MAX_PAGES_READ);
  for (const capture of newestPages) {
    const item = itemById.get(capture.evidenceId)!;
    const body = await store.get(capture.bodyKey!);
    if (!body) continue;
    const targets = new Set(extractOutboundLinks(body.toString("utf8"), capture.finalUrl ?? item.url).map((url) => canonicalEvidenceUrl(url)));
    for (const other of items) {
      if (other.id === item.id || other.canonicalUrl === "" || !targets.has(other.canonicalUrl) || joined(item.id, other.id)) continue;
      offer({
        evidenceId: item.id,
        evidenceTitle: item.title,
        kind: "page_link",
        candidate: other.id,
        explanation: `The captured page links to “${other.title}”, already logged here.`,
        proposal: { relation: "cites", target: `item:${other.id}` },
      });
    }
  }
  return suggestions;
}
