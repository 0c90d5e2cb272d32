// The demo checklists: set up through the tracker editor's commands,
// every proof point with criteria drawn from the seed article, thresholds labelled as
// criteria, and a public history that starts at publication.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getPublicProofPoint } from "@/lib/server/public/get-public-proof-point";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { DEMO_TRACKERS, seedDemoData } from "@/prisma/seed";

beforeAll(async () => {
  expect(await seedDemoData(getDb())).toBe(true);
});

describe("demo checklists", () => {
  it("give every proof point of every demo tracker criteria, written through the commands", async () => {
    for (const demo of DEMO_TRACKERS) {
      const tracker = await getDb().tracker.findUniqueOrThrow({
        where: { slug: demo.slug },
        include: { proofPoints: { include: { criteria: true } } },
      });
      expect(tracker.proofPoints).toHaveLength(demo.proofPoints.length);
      for (const point of tracker.proofPoints) {
        expect(point.criteria.length, `${demo.slug}/${point.key}`).toBeGreaterThanOrEqual(1);
        expect(point.criteria[0]!.tickWhen).toMatch(/graded B or better/);
      }
      const actions = await getDb().auditEvent.findMany({ where: { entityId: { in: [tracker.id, ...tracker.proofPoints.map((p) => p.id)] } }, select: { action: true } });
      expect(new Set(actions.map((event) => event.action))).toEqual(new Set(["tracker.create", "proof-point.add", "tracker.publish", ...(demo.slug === "euv" ? ["proof-point.set-criteria"] : [])]));
    }
  });

  it("revise the EUV throughput criteria after publication to an explicit threshold, with a reason", async () => {
    const view = await getPublicProofPoint({ slug: "euv", key: "throughput" });
    expect(view!.criteria.map((version) => version.version)).toEqual([2, 1]);
    expect(view!.criteria[0]).toMatchObject({ thresholdValue: 100, thresholdUnit: "wafers per hour", thresholdQualifier: "sustained throughput of at least" });
    expect(view!.criteria[0]!.note).toMatch(/criterion, not a reported number/);
  });

  it("state the 2030 shares as ±2 percentage-point criteria", async () => {
    const nickel = await getPublicProofPoint({ slug: "critical-minerals-2030", key: "nickel" });
    expect(nickel!.criteria[0]).toMatchObject({ thresholdValue: 71.24, thresholdUnit: "percent" });
    expect(nickel!.criteria[0]!.tickWhen).toMatch(/within ±2 percentage points of the projected 71.24%/);
  });

  it("show a history that starts at publication: the publication, then the throughput revision", async () => {
    const scorecard = await getTrackerScorecard({ slug: "euv" });
    expect(scorecard!.total).toBe(6);
    // Forecast resolutions share this history; seed-forecasts.test.ts covers them.
    const checklistOnly = scorecard!.checklistChanges.filter((change) => !change.kind.startsWith("forecast_"));
    expect(checklistOnly.map((change) => change.kind)).toEqual(["criteria_changed", "tracker_published"]);
    expect(checklistOnly[1]!.summary).toBe("Published with 6 proof points, each with its resolution criteria.");
    expect(scorecard!.proofPoints.every((point) => point.tickWhen)).toBe(true);
  });
});
