// Independent origins: how many separate roots a claim's evidence really has once provenance
// links ("this item republishes that one", "this item traces to the Reuters wire") are collapsed.
//
// The graph's nodes are evidence items and named origins; every link joins a derived item to
// what it draws on. Two items count as one origin when a chain of links in either direction
// joins them: the count is the number of connected components that hold at least one of the
// counted items. Components, not "roots reached", on purpose: an item that draws on two
// origins joins them, so the count errs towards fewer independent confirmations, never more.
// That choice gives the three properties the tests pin: the count never exceeds the number of
// items, adding a link never raises it, and it does not depend on the order of the links.
import { STANCES, type Stance } from "./stance";

/** A node of the provenance graph: an evidence item or a named origin. */
export type ProvenanceNode = { kind: "item" | "origin"; id: string };

/** One link: `from` (an item) derives from `to` (an item or a named origin). */
export type ProvenanceEdge = { from: string; to: ProvenanceNode };

export type OriginCounts = Record<Stance, number>;

export function nodeKey(node: ProvenanceNode): string {
  return `${node.kind}:${node.id}`;
}

/**
 * The component each item belongs to, named by the smallest node key in it, so the answer
 * depends on the graph alone and never on the order the links were given or added.
 */
export function originKeys(itemIds: readonly string[], edges: readonly ProvenanceEdge[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (key: string): string => {
    let root = key;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps long republishing chains cheap.
    let node = key;
    while (node !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // The smaller key wins, so each component is named by its smallest member.
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  for (const id of itemIds) if (!parent.has(nodeKey({ kind: "item", id }))) parent.set(nodeKey({ kind: "item", id }), nodeKey({ kind: "item", id }));
  for (const edge of edges) {
    const from = nodeKey({ kind: "item", id: edge.from });
    const to = nodeKey(edge.to);
    if (!parent.has(from)) parent.set(from, from);
    if (!parent.has(to)) parent.set(to, to);
    union(from, to);
  }
  return new Map(itemIds.map((id) => [id, find(nodeKey({ kind: "item", id }))]));
}

/**
 * The origin keys the evidence balance weighs by: only for items that share a component with
 * another node (an origin or another item); an unlinked item keeps its per-source weighing.
 */
export function balanceOriginKeys(itemIds: readonly string[], edges: readonly ProvenanceEdge[]): Map<string, string> {
  const linked = new Set<string>();
  for (const edge of edges) {
    linked.add(edge.from);
    if (edge.to.kind === "item") linked.add(edge.to.id);
  }
  const keys = originKeys(itemIds, edges);
  return new Map([...keys].filter(([id]) => linked.has(id)));
}

/** Distinct components among these items: the number of independent origins they rest on. */
export function countIndependentOrigins(itemIds: readonly string[], edges: readonly ProvenanceEdge[]): number {
  return new Set(originKeys(itemIds, edges).values()).size;
}

/**
 * Independent origins per stance. The whole claim's graph joins items, so a supporting item
 * that republishes a context item still shares its origin; each stance counts its own items.
 */
export function countOriginsByStance(
  items: readonly { id: string; stance: Stance }[],
  edges: readonly ProvenanceEdge[],
): OriginCounts {
  const keys = originKeys(
    items.map((item) => item.id),
    edges,
  );
  const counts = Object.fromEntries(STANCES.map((stance) => [stance, new Set<string>()])) as Record<Stance, Set<string>>;
  for (const item of items) counts[item.stance].add(keys.get(item.id)!);
  return Object.fromEntries(STANCES.map((stance) => [stance, counts[stance].size])) as OriginCounts;
}

/** "7 links from 2 independent origins": what readers see for one stance. */
export function describeOriginCount(items: number, origins: number): string {
  const links = `${items} ${items === 1 ? "link" : "links"}`;
  return `${links} from ${origins} independent ${origins === 1 ? "origin" : "origins"}`;
}

/** "2 independent supporting origins, 1 refuting": a claim's sides in a scorecard row; "" when it has neither. */
export function describeSideOrigins(supporting: number, refuting: number): string {
  if (supporting === 0 && refuting === 0) return "";
  const noun = (n: number) => (n === 1 ? "origin" : "origins");
  if (supporting === 0) return `${refuting} independent refuting ${noun(refuting)}`;
  return `${supporting} independent supporting ${noun(supporting)}${refuting > 0 ? `, ${refuting} refuting` : ""}`;
}

/** Credibility 1 means "confirmed by other sources": it needs at least this many origins on its side. */
export const CONFIRMED_MIN_ORIGINS = 2;

export function confirmedLacksOrigins(credibility: number, originsOnItsSide: number): boolean {
  return credibility === 1 && originsOnItsSide < CONFIRMED_MIN_ORIGINS;
}

const SIDE: Record<Stance, string> = { supports: "supporting", refutes: "refuting", context: "context" };

/** The warning beside an item graded 1 whose side of the claim has fewer than two independent origins. */
export function confirmedWithoutOriginsWarning(stance: Stance, origins: number): string {
  const have = origins === 0 ? "no" : origins === 1 ? "only one" : String(origins);
  return `Graded 1, “confirmed by other sources”, but this claim has ${have} independent ${SIDE[stance]} ${origins === 1 ? "origin" : "origins"}: the confirmation may be one story repeated.`;
}

export const PROVENANCE_RELATIONS = ["republishes", "quotes", "cites", "translates", "summarises", "traces_to"] as const;
export type ProvenanceRelation = (typeof PROVENANCE_RELATIONS)[number];

export const PROVENANCE_RELATION_LABELS: Record<ProvenanceRelation, string> = {
  republishes: "republishes",
  quotes: "quotes",
  cites: "cites",
  translates: "translates",
  summarises: "summarises",
  traces_to: "traces to",
};
