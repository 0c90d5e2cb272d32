import { describe, expect, it } from "vitest";
import {
  CREDIBILITY_WEIGHT,
  INFORMATION_CREDIBILITY_DESCRIPTIONS,
  INFORMATION_CREDIBILITY_LABELS,
  INFORMATION_CREDIBILITY_LEVELS,
  RELIABILITY_WEIGHT,
  SOURCE_RELIABILITY_DESCRIPTIONS,
  SOURCE_RELIABILITY_GRADES,
  SOURCE_RELIABILITY_LABELS,
  admiraltyCode,
  isInformationCredibility,
  isSourceReliability,
} from "@/lib/domain/admiralty";

describe("source reliability scale (A-F)", () => {
  it("uses the AJP-2.1 grades and labels", () => {
    expect(SOURCE_RELIABILITY_GRADES).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(SOURCE_RELIABILITY_LABELS).toEqual({
      A: "Completely reliable",
      B: "Usually reliable",
      C: "Fairly reliable",
      D: "Not usually reliable",
      E: "Unreliable",
      F: "Reliability cannot be judged",
    });
  });

  it("weights A 1, B 0.8, C 0.6, D 0.3, E 0.1 and F (cannot be judged) 0", () => {
    expect(RELIABILITY_WEIGHT).toEqual({ A: 1, B: 0.8, C: 0.6, D: 0.3, E: 0.1, F: 0 });
  });

  it("gives each grade a distinct one-sentence description", () => {
    const descriptions = SOURCE_RELIABILITY_GRADES.map((g) => SOURCE_RELIABILITY_DESCRIPTIONS[g]);
    expect(new Set(descriptions).size).toBe(6);
    for (const d of descriptions) expect(d).toMatch(/^[A-Z][^.]+\.$/);
  });

  it.each(SOURCE_RELIABILITY_GRADES)("recognises %s", (grade) => {
    expect(isSourceReliability(grade)).toBe(true);
  });

  it.each([["a"], ["G"], [""], ["AB"], [1], [null]])("rejects %j", (value) => {
    expect(isSourceReliability(value)).toBe(false);
  });
});

describe("information credibility scale (1-6)", () => {
  it("uses the AJP-2.1 levels and labels", () => {
    expect(INFORMATION_CREDIBILITY_LEVELS).toEqual([1, 2, 3, 4, 5, 6]);
    expect(INFORMATION_CREDIBILITY_LABELS).toEqual({
      1: "Confirmed by other sources",
      2: "Probably true",
      3: "Possibly true",
      4: "Doubtful",
      5: "Improbable",
      6: "Truth cannot be judged",
    });
  });

  it("weights 1 1, 2 0.8, 3 0.6, 4 0.3, 5 0.1 and 6 (cannot be judged) 0", () => {
    expect(CREDIBILITY_WEIGHT).toEqual({ 1: 1, 2: 0.8, 3: 0.6, 4: 0.3, 5: 0.1, 6: 0 });
  });

  it("gives each level a distinct one-sentence description", () => {
    const descriptions = INFORMATION_CREDIBILITY_LEVELS.map((l) => INFORMATION_CREDIBILITY_DESCRIPTIONS[l]);
    expect(new Set(descriptions).size).toBe(6);
    for (const d of descriptions) expect(d).toMatch(/^[A-Z][^.]+\.$/);
  });

  it.each(INFORMATION_CREDIBILITY_LEVELS)("recognises %s", (level) => {
    expect(isInformationCredibility(level)).toBe(true);
  });

  it.each([[0], [7], [1.5], ["1"], [Number.NaN], [null]])("rejects %j", (value) => {
    expect(isInformationCredibility(value)).toBe(false);
  });
});

describe("weights across both scales", () => {
  it("fall strictly as the grade worsens", () => {
    const reliability = SOURCE_RELIABILITY_GRADES.map((g) => RELIABILITY_WEIGHT[g]);
    const credibility = INFORMATION_CREDIBILITY_LEVELS.map((l) => CREDIBILITY_WEIGHT[l]);
    for (const weights of [reliability, credibility]) {
      for (let i = 1; i < weights.length; i++) expect(weights[i]).toBeLessThan(weights[i - 1] ?? -Infinity);
      expect(weights[0]).toBe(1);
      expect(weights.at(-1)).toBe(0);
    }
  });
});

describe("admiraltyCode", () => {
  it("writes the pair the way analysts do", () => {
    expect(admiraltyCode("B", 2)).toBe("B2");
    expect(admiraltyCode("F", 6)).toBe("F6");
  });
});
