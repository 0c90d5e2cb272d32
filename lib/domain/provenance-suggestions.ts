// Pure rules behind suggested derivations: when two quotes are near-identical, and which wire
// services a captured page credits. Suggestions are only ever offered to an analyst, who
// confirms or dismisses them; nothing here links anything.
import { diceCoefficient } from "dice-coefficient";

/** Quotes shorter than this (after normalising) are too generic to suggest a copy. */
export const MIN_COMPARABLE_QUOTE_LENGTH = 30;

/** Sørensen–Dice over letter pairs at or above this is "near-identical" (reworded punctuation, a dropped word). */
export const SIMILAR_QUOTE_THRESHOLD = 0.85;

/** Case, accents, punctuation, curly quotes and spacing do not make two quotes different. */
export function normaliseQuote(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function quoteSimilarity(a: string, b: string): number {
  const left = normaliseQuote(a);
  const right = normaliseQuote(b);
  if (left.length < MIN_COMPARABLE_QUOTE_LENGTH || right.length < MIN_COMPARABLE_QUOTE_LENGTH) return 0;
  if (left === right) return 1;
  return diceCoefficient(left, right);
}

export function quotesLookAlike(a: string, b: string): boolean {
  return quoteSimilarity(a, b) >= SIMILAR_QUOTE_THRESHOLD;
}

/** Wire services and the bylines or datelines that credit them in a republished story. */
export const WIRE_SERVICES: readonly { name: string; markers: readonly RegExp[] }[] = [
  { name: "Reuters", markers: [/\(Reuters\)\s*[-–—]/, /\bReuters\s*[-–—]\s/, /\bThomson Reuters\b/] },
  { name: "AFP", markers: [/\(AFP\)\s*[-–—]?/, /\bAgence France[- ]Presse\b/, /\bAFP\b/] },
  { name: "Bloomberg", markers: [/\(Bloomberg\)\s*[-–—]/, /\bBloomberg News\b/, /\bBloomberg\b/] },
  { name: "Associated Press", markers: [/\(AP\)\s*[-–—]/, /\bAssociated Press\b/] },
  { name: "Xinhua", markers: [/\(Xinhua\)\s*[-–—]?/, /\bXinhua\b/] },
];

/** The wire services a captured page's text credits, in the order of WIRE_SERVICES. */
export function wireServicesIn(text: string): string[] {
  return WIRE_SERVICES.filter((service) => service.markers.some((marker) => marker.test(text))).map((service) => service.name);
}
