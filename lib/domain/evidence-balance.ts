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

export function baseWeightOf(item: Pick<BalanceItem, "reliability" | "credibility">): number {
  return RELIABILITY_WEIGHT[item.reliability] * CREDIBILITY_WEIGHT[item.credibility];
}

export function computeEvidenceBalance(items: readonly BalanceItem[]): EvidenceBalance {
  const contributions = groupBySourceAndStance(items)
    .flatMap(weighGroup)
    .sort(compareContributions);

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
  const sourceCount = new Set(contributions.filter((c) => c.effectiveWeight > 0).map((c) => c.sourceId)).size;
  return { support, refute, score, gauge, sourceCount, verdict: verdictFor(score), contributions };
}

export function verdictFor(score: number | null): BalanceVerdict {
  if (score === null) return "no_weighted_evidence";
  if (score >= LEAN_THRESHOLD) return "leans_supports";
  if (score <= -LEAN_THRESHOLD) return "leans_refutes";
  return "mixed";
}

function groupBySourceAndStance(items: readonly BalanceItem[]): BalanceItem[][] {
  const groups = new Map<string, BalanceItem[]>();
  for (const item of items) {
    const key = JSON.stringify([item.sourceId, item.stance]);
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

function toContribution(item: BalanceItem, baseWeight: number, repeatIndex: number): Contribution {
  const reason: ContributionReason =
    item.stance === "context" ? "context" : baseWeight === 0 ? "unjudged" : "weighed";
  const effectiveWeight = reason === "weighed" ? baseWeight * REPEAT_DECAY ** repeatIndex : 0;
  const signedWeight = item.stance === "refutes" ? -effectiveWeight : effectiveWeight;
  return {
    id: item.id,
    stance: item.stance,
    sourceId: item.sourceId,
    ...(item.sourceName !== undefined && { sourceName: item.sourceName }),
    reliability: item.reliability,
    credibility: item.credibility,
    baseWeight,
    repeatIndex,
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
    compareText(a.sourceName ?? "", b.sourceName ?? "")
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
