// The EUV demo's forecast questions: opened through the commands before the demo
// approvals, with forecasts from both demo forecasters, and resolved only by the calendar.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getTrackerForecasts } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { seedDemoData } from "@/prisma/seed";

beforeAll(async () => {
  expect(await seedDemoData(getDb())).toBe(true);
});

describe("demo forecasts", () => {
  it("ask when wafer results tick, by 2028 and by 2030, under the current criteria, opened before the first approval", async () => {
    const forecasts = await getTrackerForecasts({ slug: "euv" });
    const wafer = forecasts!.questions.filter((question) => question.proofPoint.key === "wafer-results");
    expect(wafer.map((question) => question.resolvesBy)).toEqual(["2028-12-31", "2030-12-31"]);
    expect(wafer.every((question) => question.criteriaVersion === 1 && question.state === "open")).toBe(true);
    const firstApproval = await getDb().statusChange.findFirstOrThrow({ where: { claim: { proofPoint: { tracker: { slug: "euv" } } } }, orderBy: { createdAt: "asc" } });
    for (const question of forecasts!.questions) expect(new Date(question.openedAt).getTime()).toBeLessThan(firstApproval.createdAt.getTime());
    // The 2028 goal is judged less likely than 2030 by the community.
    expect(wafer[0]!.community.probability!).toBeLessThan(wafer[1]!.community.probability!);
    expect(wafer[0]!.community.forecasters).toBe(2);
    expect(wafer[0]!.forecasts).toHaveLength(3);
  });

  it("were written through the commands: every question and forecast has its audit event", async () => {
    const questions = await getDb().forecastQuestion.count();
    const forecasts = await getDb().forecast.count();
    expect(await getDb().auditEvent.count({ where: { action: "forecast-question.open" } })).toBe(questions);
    expect(await getDb().auditEvent.count({ where: { action: { in: ["forecast.submit", "forecast.update"] } } })).toBe(forecasts);
  });

  it("resolve the short-dated optics question no once its date has passed, never by hand", async () => {
    const forecasts = await getTrackerForecasts({ slug: "euv" });
    const optics = forecasts!.questions.find((question) => question.proofPoint.key === "optics-supply")!;
    const passed = Date.now() > Date.parse("2026-06-30T23:59:59.999Z");
    expect(optics.state).toBe(passed ? "no" : "open");
    if (passed) {
      expect(optics.resolvedAt).toBe("2026-06-30T23:59:59.999Z");
      expect(optics.scores!.forecasters).toHaveLength(2);
      expect(forecasts!.scores.community.count).toBe(1);
      expect(forecasts!.calibration.count).toBe(2);
    }
    expect(await getDb().forecastQuestion.count({ where: { resolution: "yes" } })).toBe(0);
  });

  it("show the demo analyst by name (public profile) and the demo reviewer without one", async () => {
    const forecasts = await getTrackerForecasts({ slug: "euv" });
    const names = new Set(forecasts!.questions.flatMap((question) => question.forecasts.map((forecast) => forecast.forecaster?.name ?? null)));
    expect(names).toEqual(new Set(["Ada Analyst", null]));
  });
});
