// The NATO AJP-2.1 (Admiralty) grading scales, used to rate sources and evidence in a vocabulary analysts already know.

export const SOURCE_RELIABILITY_GRADES = ["A", "B", "C", "D", "E", "F"] as const;
export type SourceReliability = (typeof SOURCE_RELIABILITY_GRADES)[number];

export const SOURCE_RELIABILITY_LABELS: Record<SourceReliability, string> = {
  A: "Completely reliable",
  B: "Usually reliable",
  C: "Fairly reliable",
  D: "Not usually reliable",
  E: "Unreliable",
  F: "Reliability cannot be judged",
};

export const SOURCE_RELIABILITY_DESCRIPTIONS: Record<SourceReliability, string> = {
  A: "No doubt about the source's authenticity, trustworthiness or competence; it has a history of complete reliability.",
  B: "Minor doubt about the source's authenticity, trustworthiness or competence; it has been right most of the time.",
  C: "Some doubt about the source's authenticity, trustworthiness or competence, but it has provided valid information before.",
  D: "Significant doubt about the source's authenticity, trustworthiness or competence, though it has sometimes been right.",
  E: "The source lacks authenticity, trustworthiness and competence; it has a history of invalid information.",
  F: "There is no basis yet for judging this source's reliability.",
};

export const INFORMATION_CREDIBILITY_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export type InformationCredibility = (typeof INFORMATION_CREDIBILITY_LEVELS)[number];

export const INFORMATION_CREDIBILITY_LABELS: Record<InformationCredibility, string> = {
  1: "Confirmed by other sources",
  2: "Probably true",
  3: "Possibly true",
  4: "Doubtful",
  5: "Improbable",
  6: "Truth cannot be judged",
};

export const INFORMATION_CREDIBILITY_DESCRIPTIONS: Record<InformationCredibility, string> = {
  1: "Confirmed by other independent sources, logical in itself and consistent with other information on the subject.",
  2: "Not confirmed, but logical in itself and consistent with other information on the subject.",
  3: "Not confirmed, reasonably logical in itself and agrees with some other information on the subject.",
  4: "Not confirmed, possible but not logical, and nothing else on the subject backs it.",
  5: "Not confirmed, not logical in itself and contradicted by other information on the subject.",
  6: "There is no basis for judging whether this information is true.",
};

// Weights fall with the grade. F and 6 mean "cannot be judged", not "judged poor", so they carry
// no weight at all: an item nobody can assess must not tip a balance in either direction.
export const RELIABILITY_WEIGHT: Record<SourceReliability, number> = {
  A: 1,
  B: 0.8,
  C: 0.6,
  D: 0.3,
  E: 0.1,
  F: 0,
};

export const CREDIBILITY_WEIGHT: Record<InformationCredibility, number> = {
  1: 1,
  2: 0.8,
  3: 0.6,
  4: 0.3,
  5: 0.1,
  6: 0,
};

export function isSourceReliability(x: unknown): x is SourceReliability {
  return typeof x === "string" && (SOURCE_RELIABILITY_GRADES as readonly string[]).includes(x);
}

export function isInformationCredibility(x: unknown): x is InformationCredibility {
  return typeof x === "number" && (INFORMATION_CREDIBILITY_LEVELS as readonly number[]).includes(x);
}

// Analysts write the pair as one code ("B2"), so badges and exports should too.
export function admiraltyCode(reliability: SourceReliability, credibility: InformationCredibility): string {
  return `${reliability}${credibility}`;
}
