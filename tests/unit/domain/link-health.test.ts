import { describe, expect, it } from "vitest";
import { describeObservations, nextLinkHealth, observeFetch, type LinkHealthRecord, type LinkObservation } from "@/lib/domain/link-health";

const URL_ = "https://news.example.com/2026/03/story";

describe("observeFetch", () => {
  it.each([
    [{ status: 200, finalUrl: URL_ }, "ok"],
    [{ status: 200, finalUrl: "https://www.news.example.com/2026/03/story/" }, "ok"],
    [{ status: 404, finalUrl: URL_ }, "not_found"],
    [{ status: 410, finalUrl: URL_ }, "not_found"],
    [{ status: 403, finalUrl: URL_ }, "unknown"],
    [{ status: 429, finalUrl: URL_ }, "unknown"],
    [{ status: 500, finalUrl: URL_ }, "unknown"],
    [{ status: 503, finalUrl: URL_ }, "unknown"],
    [{ error: "timeout" }, "unknown"],
    [{ status: 200, finalUrl: "https://news.example.com/" }, "moved"],
    [{ status: 200, finalUrl: "https://news.example.com/2026/03/story-renamed" }, "moved"],
  ] as const)("%j is %s", (outcome, expected) => {
    expect(observeFetch(URL_, outcome)).toBe(expected);
  });

  it("counts a redirect to a page naming the requested URL as canonical as the same page", () => {
    expect(observeFetch(URL_, { status: 200, finalUrl: "https://amp.news.example.com/x" }, URL_)).toBe("ok");
  });

  it("does not call a home page link that stays home 'moved'", () => {
    expect(observeFetch("https://news.example.com/", { status: 200, finalUrl: "https://news.example.com/" })).toBe("ok");
  });
});

function run(observations: LinkObservation[], start: LinkHealthRecord = { health: "unchecked", goneStreak: 0 }) {
  return observations.reduce(nextLinkHealth, start);
}

describe("nextLinkHealth", () => {
  it("needs two consecutive 404/410 to say gone", () => {
    expect(run(["ok", "not_found"])).toEqual({ health: "ok", goneStreak: 1 });
    expect(run(["ok", "not_found", "not_found"])).toEqual({ health: "gone", goneStreak: 2 });
    expect(run(["not_found"])).toEqual({ health: "unknown", goneStreak: 1 });
  });

  it("never counts 403/429/5xx/timeouts toward gone, and they reset the streak", () => {
    expect(run(["ok", "not_found", "unknown", "not_found"])).toEqual({ health: "unknown", goneStreak: 1 });
    expect(run(["unknown", "unknown", "unknown"])).toEqual({ health: "unknown", goneStreak: 0 });
  });

  it("brings a gone link back when it answers again, and reports moves", () => {
    expect(run(["not_found", "not_found", "ok"])).toEqual({ health: "ok", goneStreak: 0 });
    expect(run(["ok", "moved"])).toEqual({ health: "moved", goneStreak: 0 });
    expect(run(["not_found", "not_found", "not_found"])).toEqual({ health: "gone", goneStreak: 3 });
  });
});

describe("describeObservations", () => {
  const day = (iso: string) => new Date(iso).toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
  it("says what was seen and when, grouping runs: never an invented deletion date", () => {
    const text = describeObservations(
      [
        { observation: "not_found", httpStatus: 404, checkedAt: "2026-03-17T09:00:00Z" },
        { observation: "ok", httpStatus: 200, checkedAt: "2026-03-03T09:00:00Z" },
        { observation: "not_found", httpStatus: 404, checkedAt: "2026-03-10T09:00:00Z" },
      ],
      day,
    );
    expect(text).toBe("reachable on 3 Mar; 404 on 10 Mar and 17 Mar");
    expect(text).not.toMatch(/deleted/);
  });

  it("names an unclear answer as such", () => {
    expect(describeObservations([{ observation: "unknown", httpStatus: 429, checkedAt: "2026-03-03T00:00:00Z" }, { observation: "unknown", httpStatus: null, checkedAt: "2026-03-04T00:00:00Z" }], day)).toBe("no clear answer (429) on 3 Mar; no answer on 4 Mar");
  });
});
