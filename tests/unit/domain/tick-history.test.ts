import { describe, expect, it } from "vitest";
import { tickHistory, type ApprovedStatusChange } from "@/lib/domain/scorecard";
import type { ClaimStatus } from "@/lib/domain/statuses";

const KEYS = ["wafer-results", "throughput"];
const day = (n: number) => new Date(Date.UTC(2025, 0, n));
const change = (n: number, claimId: string, proofPointKey: string, to: ClaimStatus): ApprovedStatusChange => ({
  at: day(n),
  claimId,
  proofPointKey,
  to,
});
const counts = (changes: ApprovedStatusChange[], keys = KEYS) => tickHistory(changes, keys).map((p) => p.ticked);

describe("tickHistory", () => {
  it("has no points without changes", () => {
    expect(tickHistory([], KEYS)).toEqual([]);
  });

  it("emits the ticked count after each change, at the change's time", () => {
    const history = tickHistory(
      [
        change(1, "c1", "wafer-results", "partially_supported"),
        change(2, "c1", "wafer-results", "supported"),
        change(3, "c2", "throughput", "supported"),
        change(4, "c2", "throughput", "refuted"),
      ],
      KEYS,
    );
    expect(history).toEqual([
      { at: day(1), ticked: 0 },
      { at: day(2), ticked: 1 },
      { at: day(3), ticked: 2 },
      { at: day(4), ticked: 1 },
    ]);
  });

  it("replays in time order whatever the input order", () => {
    const history = tickHistory(
      [change(3, "c1", "wafer-results", "unverified"), change(1, "c1", "wafer-results", "supported")],
      KEYS,
    );
    expect(history).toEqual([
      { at: day(1), ticked: 1 },
      { at: day(3), ticked: 0 },
    ]);
  });

  it("keeps the input order of changes made at the same instant", () => {
    const supported = change(1, "c1", "wafer-results", "supported");
    const withdrawn = change(1, "c1", "wafer-results", "unverified");
    expect(counts([supported, withdrawn])).toEqual([1, 0]);
    expect(counts([withdrawn, supported])).toEqual([0, 1]);
  });

  it("ticks a box once however many of its claims are supported", () => {
    expect(
      counts([
        change(1, "c1", "wafer-results", "supported"),
        change(2, "c2", "wafer-results", "supported"),
        change(3, "c1", "wafer-results", "disputed"),
        change(4, "c2", "wafer-results", "unverified"),
      ]),
    ).toEqual([1, 1, 1, 0]);
  });

  it("plots changes under untracked proof points without counting them", () => {
    expect(counts([change(1, "c9", "elsewhere", "supported"), change(2, "c1", "throughput", "supported")])).toEqual([
      0, 1,
    ]);
  });

  it("moves a re-filed claim's tick to its new proof point", () => {
    expect(
      counts([
        change(1, "c1", "wafer-results", "supported"),
        change(2, "c1", "throughput", "supported"),
        change(3, "c2", "wafer-results", "supported"),
        change(4, "c1", "elsewhere", "supported"),
      ]),
    ).toEqual([1, 1, 2, 1]);
  });

  it("refuses a change with an invalid date", () => {
    expect(() => tickHistory([{ ...change(1, "c1", "throughput", "supported"), at: new Date("nope") }], KEYS)).toThrow(
      RangeError,
    );
  });
});
