// Every public output is served from the public cache when warm (no database query at
// all), and an approved status change shows on the next request: the approval command
// invalidates its tracker itself once it has committed. The CSV and JSON exports are the
// exception by design: they stream from the database in keyset batches (constant memory
// however large the tracker) and rely on HTTP caching; they still show the change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { invalidatePublicData, invalidatePublicDataForClaim, publicCacheStats } from "@/lib/server/public/cache";
import { makeApprovedChange, makeClaim, makeProposal, makeTracker, makeUser } from "../support/builders";
import { get, getJson } from "../support/public-routes";
import { countDatabaseQueries, type QueryCounter } from "../support/query-counter";

let counter: QueryCounter;
let tracker: Awaited<ReturnType<typeof makeTracker>>;
let other: Awaited<ReturnType<typeof makeTracker>>;
let claimId: string;

beforeAll(async () => {
  tracker = await makeTracker({ proofPoints: 2 });
  other = await makeTracker({ proofPoints: 1 });
  const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
  claimId = claim.id;
  await makeApprovedChange({ claimId, toStatus: "partially_supported" });
  await makeClaim({ proofPointId: other.proofPoints[0]!.id });
  counter = countDatabaseQueries();
});

afterAll(() => counter.restore());

const outputsOf = (slug: string, id: string) => [
  `/api/v1/trackers`,
  `/api/v1/trackers/${slug}`,
  `/api/v1/trackers/${slug}/scorecard`,
  `/api/v1/trackers/${slug}/claims?pageSize=5`,
  `/api/v1/claims/${id}`,
  `/feed.xml`,
  `/trackers/${slug}/feed.xml`,
  `/corrections/feed.xml`,
  `/trackers/${slug}/corrections/feed.xml`,
  `/trackers/${slug}/badge.svg`,
  `/trackers/${slug}/widget`,
  `/api/v1/trackers/${slug}/forecasts`,
];

async function fetchAll(paths: string[]): Promise<void> {
  for (const path of paths) {
    const response = await get(path);
    expect(response.status, path).toBe(200);
    await response.text();
  }
}

describe("the public cache", () => {
  it("answers every public output from memory once warm: no database query", async () => {
    const paths = outputsOf(tracker.slug, claimId);
    await fetchAll(paths);
    expect(counter.count).toBeGreaterThan(0);

    counter.reset();
    const before = publicCacheStats();
    await fetchAll(paths);
    await fetchAll(paths);

    expect(counter.count).toBe(0);
    // The feeds each combine two cached reads (changes and forecasts), the claims list two
    // (the tracker, then the page).
    expect(publicCacheStats().hits - before.hits).toBe((paths.length + 3) * 2);
  });

  it("shows an approved change on the next request: the approval command invalidates after commit", async () => {
    await fetchAll(outputsOf(tracker.slug, claimId));
    const warm = await getJson(`/api/v1/trackers/${tracker.slug}/scorecard`);
    expect(warm.body).toMatchObject({ data: { ticked: 0 } });
    const proposal = await makeProposal({ claimId, toStatus: "supported" });
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id });

    const scorecard = await getJson(`/api/v1/trackers/${tracker.slug}/scorecard`);
    expect(scorecard.body).toMatchObject({ data: { ticked: 1, headline: "1 of 2 boxes ticked" } });
    const claim = await getJson(`/api/v1/claims/${claimId}`);
    expect(claim.body).toMatchObject({ data: { status: "supported" } });
    expect(await (await get(`/trackers/${tracker.slug}/badge.svg`)).text()).toContain("1 of 2");
    expect(await (await get(`/trackers/${tracker.slug}/feed.xml`)).text()).toContain("Partially supported → Supported");
    expect(await (await get(`/feed.xml`)).text()).toContain("Partially supported → Supported");
    expect(await (await get(`/trackers/${tracker.slug}/export.csv?table=history`)).text()).toContain("partially_supported,supported");
    const list = await getJson(`/api/v1/trackers`);
    expect(list.body).toMatchObject({ data: expect.arrayContaining([expect.objectContaining({ slug: tracker.slug, ticked: 1 })]) });
  });

  it("shows a reversed verdict in the warm corrections feeds once the approval commits", async () => {
    const reversed = await makeClaim({ proofPointId: tracker.proofPoints[1]!.id, statement: `A claim whose verdict is reversed ${claimId}` });
    await makeApprovedChange({ claimId: reversed.id, toStatus: "supported" });
    await invalidatePublicData(tracker.id);
    const feeds = [`/trackers/${tracker.slug}/corrections/feed.xml`, `/corrections/feed.xml`];
    for (const path of feeds) expect(await (await get(path)).text()).not.toContain(reversed.id);
    const proposal = await makeProposal({ claimId: reversed.id, toStatus: "refuted" });
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id });
    for (const path of feeds) expect(await (await get(path)).text()).toContain(reversed.id);
  });

  it("keeps other trackers' entries when one tracker is invalidated", async () => {
    const otherClaim = (await getJson(`/api/v1/trackers/${other.slug}/claims`)).body as { data: { id: string }[] };
    const otherPaths = outputsOf(other.slug, otherClaim.data[0]!.id).filter((path) => path.includes(other.slug));
    await fetchAll(otherPaths);

    await invalidatePublicData(tracker.id);
    counter.reset();
    await fetchAll(otherPaths);
    expect(counter.count).toBe(0);

    // Site-wide outputs summarize every tracker, so they are rebuilt.
    await fetchAll(["/api/v1/trackers"]);
    expect(counter.count).toBeGreaterThan(0);
  });

  it("an approval invalidates exactly its tracker: another tracker's outputs stay warm", async () => {
    const otherClaim = (await getJson(`/api/v1/trackers/${other.slug}/claims`)).body as { data: { id: string }[] };
    const otherPaths = outputsOf(other.slug, otherClaim.data[0]!.id).filter((path) => path.includes(other.slug));
    const ownPath = `/api/v1/trackers/${tracker.slug}/scorecard`;
    await fetchAll([...otherPaths, ownPath]);
    const claim = await makeClaim({ proofPointId: tracker.proofPoints[1]!.id });
    const proposal = await makeProposal({ claimId: claim.id, toStatus: "disputed" });
    await approveProposal(await makeUser({ roles: ["reviewer"] }), { proposalId: proposal.id });
    counter.reset();
    await fetchAll(otherPaths);
    expect(counter.count).toBe(0);
    await fetchAll([ownPath]);
    expect(counter.count).toBeGreaterThan(0);
  });

  it("finds the tracker from a claim id for callers that only know the claim", async () => {
    const otherScorecard = `/api/v1/trackers/${other.slug}/scorecard`;
    await fetchAll([`/api/v1/trackers/${tracker.slug}/scorecard`, otherScorecard]);
    await invalidatePublicDataForClaim(claimId);
    counter.reset();
    await fetchAll([otherScorecard]);
    expect(counter.count).toBe(0);
    await fetchAll([`/api/v1/trackers/${tracker.slug}/scorecard`]);
    expect(counter.count).toBeGreaterThan(0);
  });

  it("drops everything when called without a tracker id", async () => {
    const paths = outputsOf(other.slug, claimId).filter((path) => path.includes(other.slug));
    await fetchAll(paths);
    await invalidatePublicData();
    counter.reset();
    await fetchAll(paths);
    expect(counter.count).toBeGreaterThan(0);
  });

  it("caches a miss briefly, and drops it when any tracker changes: a tracker published later is found at once", async () => {
    const hidden = await makeTracker({ published: false, proofPoints: 1 });
    expect((await get(`/api/v1/trackers/${hidden.slug}`)).status).toBe(404);
    counter.reset();
    expect((await get(`/api/v1/trackers/${hidden.slug}`)).status).toBe(404);
    expect(counter.count).toBe(0);
    await getDb().tracker.update({ where: { id: hidden.id }, data: { published: true, publishedAt: new Date() } });
    await invalidatePublicData(hidden.id);
    expect((await get(`/api/v1/trackers/${hidden.slug}`)).status).toBe(200);
  });
});
