// Reader-facing words for the evidence balance, kept apart from the arithmetic so copy edits cannot touch the formula.
import {
  CREDIBILITY_WEIGHT,
  INFORMATION_CREDIBILITY_LEVELS,
  RELIABILITY_WEIGHT,
  SOURCE_RELIABILITY_GRADES,
} from "./admiralty";
import type { BalanceVerdict, Contribution, EvidenceBalance } from "./evidence-balance";

export const VERDICT_LABELS: Record<BalanceVerdict, string> = {
  leans_supports: "Evidence leans towards supporting",
  leans_refutes: "Evidence leans towards refuting",
  mixed: "Evidence is mixed",
  no_weighted_evidence: "No weighted evidence yet",
};

// Built from the weight tables so the methodology page can never drift from the code.
const reliabilityWeights = SOURCE_RELIABILITY_GRADES.map((g) => `${g} ${RELIABILITY_WEIGHT[g]}`).join(", ");
const credibilityWeights = INFORMATION_CREDIBILITY_LEVELS.map((l) => `${l} ${CREDIBILITY_WEIGHT[l]}`).join(", ");

export const EVIDENCE_BALANCE_METHOD =
  `Each evidence item weighs its source's reliability (${reliabilityWeights}) times the credibility ` +
  `of the information (${credibilityWeights}); grades F and 6 mean "cannot be judged", so they weigh nothing. ` +
  "Context items are listed but not weighed. " +
  "When one source has several items on the same side, its strongest item counts in full, the next at half " +
  "weight, the next at a quarter, and so on, so one prolific outlet cannot outvote several independent ones. " +
  // 0.1 is ORIGIN_REPEAT_WEIGHT (see the note on GAUGE_PRIOR_WEIGHT below for why it is written out).
  "Items that trace to one origin (several outlets republishing, quoting or translating one wire story, " +
  "notice or post, as recorded by an analyst) count as one independent origin: the strongest of them counts, " +
  "each further one adds a tenth of its weight, so one origin repeated is never independent confirmation. " +
  "The balance is (support − refute) ÷ (support + refute): +1 when all weighted evidence supports the claim, " +
  "−1 when all of it refutes it. At +0.25 or above it leans towards supporting, at −0.25 or below towards " +
  "refuting, and in between it is mixed. The balance shows direction only, so the gauge also shows strength: " +
  // "+ 1" is GAUGE_PRIOR_WEIGHT (evidence-balance.ts imports this file, so it cannot import the value back).
  "it sits at (support − refute) ÷ (support + refute + 1) and reaches its ends only when much " +
  "weighted evidence agrees (one B3 item: +0.32; five A1 items: +0.83), printed beside it as, e.g., " +
  "\"support 0.48 / refute 0 from 1 source\". The balance helps reviewers; it never changes a claim's status.";

/** How much weighted evidence there is, e.g. "support 0.48 / refute 0 from 1 source". */
export function describeStrength(balance: Pick<EvidenceBalance, "support" | "refute" | "sourceCount">): string {
  const sources = balance.sourceCount === 1 ? "1 source" : `${balance.sourceCount} sources`;
  return `support ${formatWeight(balance.support)} / refute ${formatWeight(balance.refute)} from ${sources}`;
}

export function formatWeight(weight: number, options: { signed?: boolean } = {}): string {
  const fixed = Math.abs(weight).toFixed(2);
  if (fixed === "0.00") return "0";
  if (weight < 0) return `-${fixed}`;
  return options.signed ? `+${fixed}` : fixed;
}

// One "why" line per item for the breakdown, e.g. "Reuters (B) · credibility 2 · supports · +0.64".
export function describeContribution(c: Contribution): string {
  const parts = [
    `${c.sourceName ?? c.sourceId} (${c.reliability})`,
    `credibility ${c.credibility}`,
    c.stance,
    formatWeight(c.signedWeight, { signed: true }),
  ];
  const note = noteFor(c);
  if (note) parts.push(note);
  return parts.join(" · ");
}

function noteFor(c: Contribution): string | null {
  if (c.reason === "context") return "context: not weighed";
  if (c.reason === "unjudged") {
    return RELIABILITY_WEIGHT[c.reliability] === 0
      ? "source reliability cannot be judged: no weight"
      : "truth cannot be judged: no weight";
  }
  const notes: string[] = [];
  if (c.repeatIndex > 0) notes.push(`${ordinal(c.repeatIndex + 1)} item from the same source: ${fractionName(c.repeatIndex)} weight`);
  if (c.originRepeat) notes.push("repeats an origin already counted: a tenth of its weight");
  return notes.length === 0 ? null : notes.join("; ");
}

function fractionName(repeatIndex: number): string {
  if (repeatIndex === 1) return "half";
  if (repeatIndex === 2) return "quarter";
  return `1/${2 ** repeatIndex}`;
}

function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  const suffix = ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
  return `${n}${suffix}`;
}
