// The scorecard's cost and size do not grow with the data: the same number of queries for a
// tracker ten times larger (the query counter counts every Prisma operation), and the same
// number of claims shown per proof point; the counts still cover every claim.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getTrackerScorecard } from "@/lib/server/public/get-tracker-scorecard";
import { listTrackerClaims, CLAIMS_PAGE_SIZE } from "@/lib/server/public/list-tracker-claims";
import { SCORECARD_CLAIMS_PER_POINT } from "@/lib/server/public/scorecard-claims";
import { seedScaleTracker } from "@/scripts/lib/seed-scale";
import { uniqueToken } from "../support/builders";
import { countDatabaseQueries, type QueryCounter } from "../support/query-counter";

let small: string;
let large: string;
let counter: QueryCounter;

beforeAll(async () => {
  small = `small-${uniqueToken()}`;
  large = `large-${uniqueToken()}`;
  const url = process.env.DATABASE_URL!;
  await seedScaleTracker(url, { claims: 60, evidence: 300, hotClaimEvidence: 50, changes: 20, sources: 5 }, small);
  await seedScaleTracker(url, { claims: 600, evidence: 3_000, hotClaimEvidence: 500, changes: 200, sources: 50 }, large);
  counter = countDatabaseQueries();
});

afterAll(() => counter.restore());

async function coldQueries(slug: string) {
  counter.reset();
  const scorecard = await getTrackerScorecard({ slug });
  return { count: counter.count, scorecard: scorecard! };
}

describe("the scorecard at ten times the data", () => {
  it("costs the same number of queries, at most five", async () => {
    const a = await coldQueries(small);
    const b = await coldQueries(large);
    expect(b.count).toBe(a.count);
    expect(b.count).toBeLessThanOrEqual(5);
  });

  it("shows the same number of claims per proof point, and counts them all", async () => {
    const { scorecard } = await coldQueries(large);
    expect(scorecard.claimCount).toBe(600);
    for (const point of scorecard.proofPoints) {
      expect(point.claims.length).toBe(SCORECARD_CLAIMS_PER_POINT);
      expect(point.claimCount).toBe(100);
    }
    // The seeded statuses tick the boxes that hold a supported claim; those claims decide them and come first.
    const withSupported = scorecard.proofPoints.filter((point) => point.statusCounts.supported > 0);
    expect(withSupported.length).toBeGreaterThan(0);
    expect(scorecard.ticked).toBe(withSupported.length);
    for (const point of withSupported) expect(point.claims[0]!.status).toBe("supported");
    // The tick chart has one point per change of a box's state, not one per status change
    // (200 here): each box can only rise open → contested → partial → ticked in this data.
    expect(scorecard.tickChart.changeCount).toBe(200);
    expect(scorecard.tickChart.points.length).toBeLessThanOrEqual(3 * scorecard.proofPoints.length);
    expect(scorecard.tickChart.points.at(-1)?.ticked).toBe(scorecard.ticked);
  });

  it("pages through all claims of a proof point", async () => {
    const first = await listTrackerClaims({ slug: large, pointKey: "point-1", page: 1 });
    const second = await listTrackerClaims({ slug: large, pointKey: "point-1", page: 2 });
    expect(first!.total).toBe(100);
    expect(first!.claims).toHaveLength(CLAIMS_PAGE_SIZE);
    expect(second!.claims).toHaveLength(100 - CLAIMS_PAGE_SIZE);
    expect(new Set([...first!.claims, ...second!.claims].map((claim) => claim.id)).size).toBe(100);
    expect(await listTrackerClaims({ slug: large, pointKey: "no-such-point", page: 1 })).toBeNull();
  });
});
