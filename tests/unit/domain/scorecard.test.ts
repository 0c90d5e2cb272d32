import { describe, expect, it } from "vitest";
import {
  PROOF_POINT_STATES,
  PROOF_POINT_STATE_DESCRIPTIONS,
  PROOF_POINT_STATE_LABELS,
  headline,
  proofPointState,
  summarizeScorecard,
  type ProofPointState,
} from "@/lib/domain/scorecard";
import type { ClaimStatus } from "@/lib/domain/statuses";

describe("proofPointState", () => {
  it.each<[ClaimStatus[], ProofPointState]>([
    [[], "open"],
    [["unverified"], "open"],
    [["refuted"], "open"],
    [["refuted", "unverified", "refuted"], "open"],
    [["disputed"], "contested"],
    [["refuted", "disputed"], "contested"],
    [["partially_supported"], "partial"],
    [["disputed", "partially_supported", "refuted"], "partial"],
    [["supported"], "ticked"],
    [["refuted", "disputed", "supported"], "ticked"],
  ])("%j -> %s", (statuses, state) => {
    expect(proofPointState(statuses)).toBe(state);
  });
});

describe("proof point state vocabulary", () => {
  it("lists states weakest first and labels and describes each", () => {
    expect(PROOF_POINT_STATES).toEqual(["open", "contested", "partial", "ticked"]);
    for (const state of PROOF_POINT_STATES) {
      expect(PROOF_POINT_STATE_LABELS[state]).toMatch(/^[A-Z]/);
      expect(PROOF_POINT_STATE_DESCRIPTIONS[state]).toMatch(/^[A-Z][^]*\.$/);
    }
    expect(PROOF_POINT_STATE_LABELS.ticked).toBe("Ticked");
    expect(PROOF_POINT_STATE_DESCRIPTIONS.open).toContain("refuted");
  });
});

describe("summarizeScorecard", () => {
  const euv = [
    { key: "wafer-results", statuses: ["supported", "disputed"] },
    { key: "overlay-cdu", statuses: ["unverified"] },
    { key: "throughput", statuses: ["refuted"] },
    { key: "uptime", statuses: [] },
    { key: "optics-supply", statuses: ["partially_supported", "unverified"] },
    { key: "ecosystem", statuses: ["disputed"] },
  ] satisfies { key: string; statuses: ClaimStatus[] }[];

  it("rolls the EUV checklist up into ticks, states and status counts", () => {
    expect(summarizeScorecard(euv)).toEqual({
      ticked: 1,
      total: 6,
      states: {
        "wafer-results": "ticked",
        "overlay-cdu": "open",
        throughput: "open",
        uptime: "open",
        "optics-supply": "partial",
        ecosystem: "contested",
      },
      statusCounts: { unverified: 2, partially_supported: 1, supported: 1, disputed: 2, refuted: 1 },
    });
  });

  it("reports zero of everything for an empty tracker", () => {
    expect(summarizeScorecard([])).toEqual({
      ticked: 0,
      total: 0,
      states: {},
      statusCounts: { unverified: 0, partially_supported: 0, supported: 0, disputed: 0, refuted: 0 },
    });
  });

  it("refuses two proof points with one key rather than miscount", () => {
    expect(() =>
      summarizeScorecard([
        { key: "uptime", statuses: ["supported"] },
        { key: "uptime", statuses: [] },
      ]),
    ).toThrow('Duplicate proof point key "uptime"');
  });

  it.each(["constructor", "__proto__", "toString"])("keeps a proof point keyed %s as plain data", (key) => {
    const summary = summarizeScorecard([{ key, statuses: ["supported"] }]);
    expect(Object.getOwnPropertyDescriptor(summary.states, key)?.value).toBe("ticked");
    expect(Object.keys(summary.states)).toEqual([key]);
    expect(summary.ticked).toBe(1);
  });
});

describe("headline", () => {
  it.each<[number, number, string]>([
    [1, 6, "1 of 6 boxes ticked"],
    [0, 6, "0 of 6 boxes ticked"],
    [6, 6, "6 of 6 boxes ticked"],
    [1, 1, "1 of 1 box ticked"],
    [0, 1, "0 of 1 box ticked"],
    [0, 0, "0 of 0 boxes ticked"],
  ])("(%s, %s) -> %s", (ticked, total, text) => {
    expect(headline(ticked, total)).toBe(text);
  });
});
