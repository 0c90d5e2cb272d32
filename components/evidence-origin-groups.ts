// The items of one stance arranged by origin for the claim page: items that provenance links
// join (the same wire story, the same procurement notice) sit together under one heading;
// every other item stands alone. The list's own order (newest publication first) is kept:
// a group appears where its first item would.
import type { PublicEvidence } from "@/lib/server/read/evidence";

export type OriginGroup<T> = {
  key: string;
  /** What the group traces to: a named origin, or the item the others derive from. */
  label: { name: string; url: string | null; evidenceId: string | null } | null;
  items: T[];
};

export function groupByOrigin<T extends Pick<PublicEvidence, "id" | "title" | "originKey" | "derivedFrom">>(items: readonly T[]): OriginGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.originKey, [...(groups.get(item.originKey) ?? []), item]);
  return [...groups].map(([key, members]) => ({ key, label: labelOf(members), items: members }));
}

function labelOf<T extends Pick<PublicEvidence, "id" | "title" | "derivedFrom">>(members: readonly T[]): OriginGroup<T>["label"] {
  const links = members.flatMap((item) => item.derivedFrom);
  const named = links.find((link) => link.origin !== null)?.origin;
  if (named) return { name: named.name, url: named.url, evidenceId: null };
  if (members.length < 2) return null;
  // The member the others derive from and that derives from nothing here: the root.
  const ids = new Set(members.map((item) => item.id));
  const root = members.find((item) => !item.derivedFrom.some((link) => link.parentEvidence && ids.has(link.parentEvidence.id)));
  const parent = links.find((link) => link.parentEvidence)?.parentEvidence;
  const pick = root ?? members.find((item) => item.id === parent?.id);
  return pick ? { name: pick.title, url: null, evidenceId: pick.id } : null;
}
