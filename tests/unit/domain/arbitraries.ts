// Shared fast-check generators, so every property test draws domain values the same way.
import fc from "fast-check";
import {
  CLAIM_STATUSES,
  INFORMATION_CREDIBILITY_LEVELS,
  SOURCE_RELIABILITY_GRADES,
  STANCES,
  type BalanceItem,
  type InformationCredibility,
  type SourceReliability,
} from "@/lib/domain";

export const statusArb = fc.constantFrom(...CLAIM_STATUSES);
export const stanceArb = fc.constantFrom(...STANCES);
export const reliabilityArb = fc.constantFrom(...SOURCE_RELIABILITY_GRADES);
export const credibilityArb = fc.constantFrom(...INFORMATION_CREDIBILITY_LEVELS);
// Every grade except the "cannot be judged" ones, i.e. grades that carry weight.
export const judgedReliabilityArb = fc.constantFrom<SourceReliability>("A", "B", "C", "D", "E");
export const judgedCredibilityArb = fc.constantFrom<InformationCredibility>(1, 2, 3, 4, 5);

// Small pools make repeated sources and even repeated ids common, which is where ordering bugs hide.
export const balanceItemArb: fc.Arbitrary<BalanceItem> = fc.record(
  {
    id: fc.constantFrom("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8"),
    stance: stanceArb,
    sourceId: fc.constantFrom("reuters", "ministry", "blog"),
    sourceName: fc.constantFrom("Reuters", "Ministry", "A blog"),
    reliability: reliabilityArb,
    credibility: credibilityArb,
    originKey: fc.constantFrom("item:wire", "origin:notice", "origin:post"),
  },
  { requiredKeys: ["id", "stance", "sourceId", "reliability", "credibility"] },
);

export const balanceItemsArb = fc.array(balanceItemArb, { maxLength: 14 });

export function permutationOf<T>(items: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
}

export function withInserted<T>(items: readonly T[], item: T, position: number): T[] {
  const at = position % (items.length + 1);
  return [...items.slice(0, at), item, ...items.slice(at)];
}
