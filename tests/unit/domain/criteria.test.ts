import { describe, expect, it } from "vitest";
import { diffCriteria, formatThreshold, sameCriteria, wordDiff, type CriteriaFields } from "@/lib/domain/criteria";

const BASE: CriteriaFields = {
  tickWhen: "A source graded B or better reports sustained throughput on the tool.",
  contestedWhen: "Sources graded B or better conflict.",
  thresholdValue: null,
  thresholdUnit: null,
  thresholdQualifier: null,
};

const WITH_THRESHOLD: CriteriaFields = {
  ...BASE,
  thresholdValue: 100,
  thresholdUnit: "wafers per hour",
  thresholdQualifier: "sustained throughput of at least",
};

describe("formatThreshold", () => {
  it.each<[Partial<CriteriaFields>, string]>([
    [{}, ""],
    [{ thresholdValue: 100, thresholdUnit: "wafers per hour", thresholdQualifier: "at least" }, "at least 100 wafers per hour"],
    [{ thresholdValue: 71.24, thresholdUnit: "percent" }, "71.24 percent"],
    [{ thresholdValue: 1500, thresholdUnit: "wafers per day" }, "1,500 wafers per day"],
    [{ thresholdValue: 0.000001, thresholdUnit: "m" }, "0.000001 m"],
  ])("%j → %j", (parts, text) => {
    expect(formatThreshold({ ...BASE, ...parts })).toBe(text);
  });
});

describe("sameCriteria", () => {
  it("treats a missing and an empty unit or wording alike", () => {
    expect(sameCriteria(BASE, { ...BASE, thresholdUnit: null })).toBe(true);
    expect(sameCriteria({ ...WITH_THRESHOLD, thresholdQualifier: "" }, { ...WITH_THRESHOLD, thresholdQualifier: null })).toBe(true);
  });

  it.each<[string, Partial<CriteriaFields>]>([
    ["tickWhen", { tickWhen: `${BASE.tickWhen} Really.` }],
    ["contestedWhen", { contestedWhen: "Sources disagree." }],
    ["thresholdValue", { thresholdValue: 101 }],
    ["thresholdUnit", { thresholdUnit: "wafers per day" }],
    ["thresholdQualifier", { thresholdQualifier: "at most" }],
  ])("sees a change to %s", (_field, patch) => {
    expect(sameCriteria(WITH_THRESHOLD, { ...WITH_THRESHOLD, ...patch })).toBe(false);
  });
});

describe("diffCriteria", () => {
  it("lists every field in reading order, marking only the changed ones", () => {
    const fields = diffCriteria(BASE, WITH_THRESHOLD);
    expect(fields.map((field) => [field.field, field.changed])).toEqual([
      ["tickWhen", false],
      ["contestedWhen", false],
      ["threshold", true],
    ]);
    expect(fields[2]!.segments).toEqual([{ kind: "added", text: "sustained throughput of at least 100 wafers per hour" }]);
  });

  it("diffs words, so an edit shows what was removed and what was added in place", () => {
    const [tick] = diffCriteria(BASE, { ...BASE, tickWhen: "A source graded A reports sustained throughput on the tool." });
    expect(tick!.segments).toEqual([
      { kind: "same", text: "A source graded " },
      { kind: "removed", text: "B or better " },
      { kind: "added", text: "A " },
      { kind: "same", text: "reports sustained throughput on the tool." },
    ]);
  });

  it.each([
    ["", "added text"],
    ["removed text", ""],
    ["same words here", "same words here"],
    ["Sources graded B or better conflict.", "Two sources graded B or better conflict on throughput."],
    ["a  double  space", "a single space"],
  ])("wordDiff(%j, %j) rebuilds both texts exactly", (before, after) => {
    const segments = wordDiff(before, after);
    expect(segments.filter((s) => s.kind !== "added").map((s) => s.text).join("")).toBe(before);
    expect(segments.filter((s) => s.kind !== "removed").map((s) => s.text).join("")).toBe(after);
  });

  it("rebuilds each version from its segments", () => {
    const to = { ...WITH_THRESHOLD, contestedWhen: "Two sources graded B or better conflict on throughput." };
    for (const field of diffCriteria(BASE, to)) {
      const before = field.segments.filter((s) => s.kind !== "added").map((s) => s.text).join("");
      const after = field.segments.filter((s) => s.kind !== "removed").map((s) => s.text).join("");
      const expected = { tickWhen: [BASE.tickWhen, to.tickWhen], contestedWhen: [BASE.contestedWhen, to.contestedWhen], threshold: ["", formatThreshold(to)] }[field.field];
      expect([before, after]).toEqual(expected);
    }
  });
});
