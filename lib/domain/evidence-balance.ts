// The evidence balance: a pure, documented score of how a claim's evidence leans, shown beside (never instead of) its reviewed status.
import {
  CREDIBILITY_WEIGHT,
  RELIABILITY_WEIGHT,
  type InformationCredibility,
  type SourceReliability,
} from "./admiralty";
import type { Stance } from "./stance";

export type BalanceItem = {
  id: string;
  stance: Stance;
  sourceId: string;
  sourceName?: string;
  reliability: SourceReliability;
  credibility: InformationCredibility;
  /**
   * The origin the item shares with other items through provenance links
   * (`balanceOriginKeys` in lib/domain/independent-origins.ts). Set only for linked items:
   * they are weighed per origin (strongest in full, each repeat ORIGIN_REPEAT_WEIGHT), any
   * other item per source (REPEAT_DECAY).
   */
  originKey?: string;
};

// Why an item weighs what it does, so the breakdown can explain a zero without guessing.
export type ContributionReason = "weighed" | "context" | "unjudged";

export type Contribution = {
  id: string;
  stance: Stance;
  sourceId: string;
  sourceName?: string;
  reliability: SourceReliability;
  credibility: InformationCredibility;
  baseWeight: number;
  repeatIndex: number;
  /** The item's origin, when provenance links gave it one. */
  originKey?: string;
  /** True when another item on the same side traces to the same origin and weighs more. */
  originRepeat: boolean;
  effectiveWeight: number;
  signedWeight: number;
  reason: ContributionReason;
};

export type BalanceVerdict = "leans_supports" | "leans_refutes" | "mixed" | "no_weighted_evidence";

export type EvidenceBalance = {
  support: number;
  refute: number;
  /** Direction only: (support − refute) ÷ (support + refute), null with no weighted evidence. */
  score: number | null;
  /** Direction and strength: the gauge's position, reaching ±1 only as weighted evidence piles up. */
  gauge: number | null;
  /** Independent sources with weighted (non-zero) evidence. */
  sourceCount: number;
  /** Independent origins with weighted (non-zero) evidence, after collapsing provenance links. */
  originCount: number;
  verdict: BalanceVerdict;
  contributions: Contribution[];
};

// A quarter of the way from even to unanimous is the smallest lean we call a lean rather than "mixed".
export const LEAN_THRESHOLD = 0.25;

// Each further item from the same source on the same side counts half as much as the one before,
// so one prolific outlet cannot outvote several independent ones.
export const REPEAT_DECAY = 0.5;

// The gauge divides by the weighted evidence plus this much, as if one full-weight (A1)
// item of doubt sat on neither side: one B3 item (0.48) reaches +0.32, five A1 items +0.83.
export const GAUGE_PRIOR_WEIGHT = 1;

// Repeats of one origin on one side (five outlets carrying one wire story) add this share of
// their weight: a little, never a full item, so one origin repeated is not confirmation. They
// replace the per-source halving for linked items: an item then sits in one group only, which
// keeps the balance monotone (adding an item never lowers its side).
export const ORIGIN_REPEAT_WEIGHT = 0.1;

export function baseWeightOf(item: Pick<BalanceItem, "reliability" | "credibility">): number {
  return RELIABILITY_WEIGHT[item.reliability] * CREDIBILITY_WEIGHT[item.credibility];
}

export function computeEvidenceBalance(items: readonly BalanceItem[]): EvidenceBalance {
  const contributions = groupBySourceOrOriginAndStance(items).flatMap(weighGroup).sort(compareContributions);

  // Summing in the canonical order above makes the result identical for any input order.
  let support = 0;
  let refute = 0;
  for (const c of contributions) {
    if (c.stance === "supports") support += c.effectiveWeight;
    if (c.stance === "refutes") refute += c.effectiveWeight;
  }

  const total = support + refute;
  const score = total === 0 ? null : (support - refute) / total;
  const gauge = total === 0 ? null : (support - refute) / (total + GAUGE_PRIOR_WEIGHT);
  const weighted = contributions.filter((c) => c.effectiveWeight > 0);
  const sourceCount = new Set(weighted.map((c) => c.sourceId)).size;
  // An item without an origin key is an origin of its own.
  const originCount = new Set(weighted.map((c, index) => c.originKey ?? index)).size;
  return { support, refute, score, gauge, sourceCount, originCount, verdict: verdictFor(score), contributions };
}

export function verdictFor(score: number | null): BalanceVerdict {
  if (score === null) return "no_weighted_evidence";
  if (score >= LEAN_THRESHOLD) return "leans_supports";
  if (score <= -LEAN_THRESHOLD) return "leans_refutes";
  return "mixed";
}

// An item joined to others by provenance links is grouped with its origin, any other item with
// its source: one key per item, so adding an item can only add weight to its own group.
function groupBySourceOrOriginAndStance(items: readonly BalanceItem[]): BalanceItem[][] {
  const groups = new Map<string, BalanceItem[]>();
  for (const item of items) {
    const key = JSON.stringify(item.originKey === undefined ? ["source", item.sourceId, item.stance] : ["origin", item.originKey, item.stance]);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

// Strongest first, so a weak repeat never halves a strong item and a zero-weight item never takes a slot.
function weighGroup(group: BalanceItem[]): Contribution[] {
  return group
    .map((item) => ({ item, baseWeight: baseWeightOf(item) }))
    .sort((a, b) => b.baseWeight - a.baseWeight || compareItems(a.item, b.item))
    .map(({ item, baseWeight }, repeatIndex) => toContribution(item, baseWeight, repeatIndex));
}

function toContribution(item: BalanceItem, baseWeight: number, index: number): Contribution {
  const reason: ContributionReason =
    item.stance === "context" ? "context" : baseWeight === 0 ? "unjudged" : "weighed";
  const byOrigin = item.originKey !== undefined;
  const repeatIndex = byOrigin ? 0 : index;
  const originRepeat = byOrigin && index > 0 && reason === "weighed";
  const factor = byOrigin ? (index === 0 ? 1 : ORIGIN_REPEAT_WEIGHT) : REPEAT_DECAY ** repeatIndex;
  const effectiveWeight = reason === "weighed" ? baseWeight * factor : 0;
  const signedWeight = item.stance === "refutes" ? -effectiveWeight : effectiveWeight;
  return {
    id: item.id,
    stance: item.stance,
    sourceId: item.sourceId,
    ...(item.sourceName !== undefined && { sourceName: item.sourceName }),
    ...(item.originKey !== undefined && { originKey: item.originKey }),
    reliability: item.reliability,
    credibility: item.credibility,
    baseWeight,
    repeatIndex,
    originRepeat,
    effectiveWeight,
    // `+ 0` turns -0 into 0 so a weightless refuting item compares equal to any other zero.
    signedWeight: signedWeight + 0,
    reason,
  };
}

function compareContributions(a: Contribution, b: Contribution): number {
  return (
    Math.abs(b.signedWeight) - Math.abs(a.signedWeight) ||
    compareItems(a, b) ||
    a.repeatIndex - b.repeatIndex
  );
}

// A total order over every field, so even duplicate ids cannot make the result depend on input order.
function compareItems(a: BalanceItem, b: BalanceItem): number {
  return (
    compareText(a.id, b.id) ||
    compareText(a.stance, b.stance) ||
    compareText(a.sourceId, b.sourceId) ||
    compareText(a.reliability, b.reliability) ||
    a.credibility - b.credibility ||
    compareText(a.sourceName ?? "", b.sourceName ?? "") ||
    compareText(a.originKey ?? "", b.originKey ?? "")
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  EVIDENCE_BALANCE_METHOD,
  VERDICT_LABELS,
  describeStrength,
  describeContribution,
  formatWeight,
} from "./evidence-balance-text";
