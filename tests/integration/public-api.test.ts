// JSON API v1: every endpoint's response matches its documented zod schema, bad
// parameters get a 400 that names the parameter (never a 500), unknown or unpublished
// trackers and claims a 404, and pagination and filters do what the document says.
import { beforeAll, describe, expect, it } from "vitest";
import { ZApiClaim, ZApiClaimPage } from "@/lib/validation/api/claim-responses";
import { ZApiError } from "@/lib/validation/api/common-responses";
import { ZApiScorecard, ZApiTracker, ZApiTrackerList } from "@/lib/validation/api/tracker-responses";
import { makeApprovedChange, makeClaim, makeEvidence, makeTracker } from "../support/builders";
import { get, getJson } from "../support/public-routes";

let slug: string;
let hiddenSlug: string;
let hiddenClaimId: string;
const claimIds: string[] = [];

beforeAll(async () => {
  const tracker = await makeTracker({ proofPoints: 3, retired: [2] });
  slug = tracker.slug;
  const [first, second] = tracker.proofPoints;
  for (let i = 0; i < 4; i += 1) {
    claimIds.push((await makeClaim({ proofPointId: first!.id, statement: `First proof point claim number ${i + 1} is checkable.` })).id);
  }
  claimIds.push((await makeClaim({ proofPointId: second!.id, resolveBy: "2030-12-31" })).id);
  await makeEvidence({ claimId: claimIds[0]!, stance: "refutes" });
  await makeApprovedChange({ claimId: claimIds[0]!, toStatus: "supported" });
  await makeApprovedChange({ claimId: claimIds[1]!, toStatus: "disputed" });

  const hidden = await makeTracker({ published: false, proofPoints: 1 });
  hiddenSlug = hidden.slug;
  hiddenClaimId = (await makeClaim({ proofPointId: hidden.proofPoints[0]!.id })).id;
});

describe("GET /api/v1/trackers", () => {
  it("lists published trackers only, in the documented shape", async () => {
    const { status, body, response } = await getJson("/api/v1/trackers");
    expect(status).toBe(200);
    const { data } = ZApiTrackerList.parse(body);
    expect(data.map((tracker) => tracker.slug)).toContain(slug);
    expect(data.map((tracker) => tracker.slug)).not.toContain(hiddenSlug);
    expect(response.headers.get("cache-control")).toMatch(/^public, max-age=\d+/);
  });
});

describe("GET /api/v1/trackers/{slug} and /scorecard", () => {
  it("returns the tracker with its active proof points", async () => {
    const { status, body } = await getJson(`/api/v1/trackers/${slug}`);
    expect(status).toBe(200);
    const { data } = ZApiTracker.parse(body);
    expect(data.proofPoints.map((point) => point.key)).toEqual(["point-1", "point-2"]);
    expect(data.claimCount).toBe(5);
    expect(data.links.scorecard).toBe(`http://localhost:3000/api/v1/trackers/${slug}/scorecard`);
  });

  it("returns the scorecard with states, counts and the tick history", async () => {
    const { body } = await getJson(`/api/v1/trackers/${slug}/scorecard`);
    const { data } = ZApiScorecard.parse(body);
    expect(data).toMatchObject({ ticked: 1, total: 2, headline: "1 of 2 boxes ticked", claimCount: 5 });
    expect(data.statusCounts).toMatchObject({ supported: 1, disputed: 1, unverified: 3 });
    expect(data.proofPoints.map((point) => point.state)).toEqual(["ticked", "open"]);
    // One point per change of the ticked count: the second approval moved no box.
    expect(data.tickHistory.map((point) => point.ticked)).toEqual([1]);
    expect(data.proofPoints[0]!.latestChange).toMatchObject({ claimId: claimIds[1], toStatus: "disputed" });
  });

  it.each(["no-such-tracker", "%E2%9C%93", "a".repeat(100)])("answers 404 JSON for unknown slug %s", async (unknown) => {
    for (const path of [`/api/v1/trackers/${unknown}`, `/api/v1/trackers/${unknown}/scorecard`, `/api/v1/trackers/${unknown}/claims`]) {
      const { status, body } = await getJson(path);
      expect(status, path).toBe(404);
      expect(ZApiError.parse(body).error.code).toBe("NOT_FOUND");
    }
  });

  it("answers 404 for an unpublished tracker and its claims", async () => {
    expect((await get(`/api/v1/trackers/${hiddenSlug}`)).status).toBe(404);
    expect((await get(`/api/v1/claims/${hiddenClaimId}`)).status).toBe(404);
  });

  it("answers 400 naming the slug when it is too long to be one", async () => {
    const { status, body } = await getJson(`/api/v1/trackers/${"a".repeat(101)}`);
    expect(status).toBe(400);
    expect(Object.keys(ZApiError.parse(body).error.fieldErrors)).toEqual(["slug"]);
  });
});

describe("GET /api/v1/trackers/{slug}/claims", () => {
  it("pages through the claims with an opaque cursor and a next link", async () => {
    const first = ZApiClaimPage.parse((await getJson(`/api/v1/trackers/${slug}/claims?pageSize=2`)).body);
    expect(first.pagination).toMatchObject({ pageSize: 2, totalItems: 5 });
    const cursor = first.pagination.nextCursor!;
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.links.next).toBe(`http://localhost:3000/api/v1/trackers/${slug}/claims?pageSize=2&cursor=${cursor}`);

    const second = ZApiClaimPage.parse((await getJson(`/api/v1/trackers/${slug}/claims?pageSize=2&cursor=${cursor}`)).body);
    const last = ZApiClaimPage.parse((await getJson(`/api/v1/trackers/${slug}/claims?pageSize=2&cursor=${second.pagination.nextCursor}`)).body);
    expect(last.data).toHaveLength(1);
    expect(last.pagination.nextCursor).toBeNull();
    expect(last.links.next).toBeNull();
    const all = [...first.data, ...second.data, ...last.data];
    expect(all.map((claim) => claim.id).sort()).toEqual([...claimIds].sort());
  });

  it("filters by proof point and by status, together", async () => {
    const byPoint = ZApiClaimPage.parse((await getJson(`/api/v1/trackers/${slug}/claims?proofPoint=point-2`)).body);
    expect(byPoint.data.map((claim) => claim.id)).toEqual([claimIds[4]]);
    expect(byPoint.data[0]).toMatchObject({ resolveBy: "2030-12-31", proofPoint: { key: "point-2" } });

    const both = ZApiClaimPage.parse((await getJson(`/api/v1/trackers/${slug}/claims?proofPoint=point-1&status=supported`)).body);
    expect(both.data.map((claim) => claim.id)).toEqual([claimIds[0]]);

    const none = ZApiClaimPage.parse((await getJson(`/api/v1/trackers/${slug}/claims?status=refuted`)).body);
    expect(none).toMatchObject({ data: [], pagination: { totalItems: 0, nextCursor: null } });
  });

  const BAD_QUERIES: [string, string][] = [
    ["cursor=", "cursor"],
    ["cursor=not-a-cursor", "cursor"],
    ["cursor=%E2%9C%93", "cursor"],
    [`cursor=${Buffer.from(JSON.stringify([1, 0, "point-1", "2024-01-01", "yesterday", "x"])).toString("base64url")}`, "cursor"],
    ["page=2", "page"],
    ["pageSize=0", "pageSize"],
    ["pageSize=101", "pageSize"],
    ["pageSize=ten", "pageSize"],
    ["status=bogus", "status"],
    ["status=SUPPORTED", "status"],
    ["proofPoint=", "proofPoint"],
    ["proofPoint=no-such-point", "proofPoint"],
    ["page_size=10", "page_size"],
    ["pageSize=1&pageSize=2", "pageSize"],
    [`proofPoint=${"x".repeat(101)}`, "proofPoint"],
  ];

  it.each(BAD_QUERIES)("answers 400 for ?%s, naming %s", async (query, parameter) => {
    const { status, body, response } = await getJson(`/api/v1/trackers/${slug}/claims?${query}`);
    expect(status).toBe(400);
    const { error } = ZApiError.parse(body);
    expect(error.code).toBe("INVALID_INPUT");
    expect(Object.keys(error.fieldErrors)).toContain(parameter);
    expect(error.message).toContain(parameter);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("names every bad parameter at once", async () => {
    const { body } = await getJson(`/api/v1/trackers/${slug}/claims?cursor=0&pageSize=500&status=x&sort=new`);
    expect(Object.keys(ZApiError.parse(body).error.fieldErrors).sort()).toEqual(["cursor", "pageSize", "sort", "status"]);
  });
});

describe("GET /api/v1/claims/{id}", () => {
  it("returns the claim with evidence, balance and history", async () => {
    const { status, body } = await getJson(`/api/v1/claims/${claimIds[0]}`);
    expect(status).toBe(200);
    const { data } = ZApiClaim.parse(body);
    expect(data).toMatchObject({ id: claimIds[0], status: "supported", tracker: { slug } });
    expect(data.evidence.map((item) => item.stance).sort()).toEqual(["refutes", "supports"]);
    expect(data.history).toHaveLength(1);
    expect(data.history[0]).toMatchObject({ fromStatus: "unverified", toStatus: "supported" });
    expect(data.history[0]!.citedEvidenceIds).toHaveLength(1);
    // Test sources are unrated (F, "cannot be judged"), so nothing is weighed.
    expect(data.balance).toMatchObject({ verdict: "no_weighted_evidence", score: null });
  });

  it("answers 404 for an unknown id and 400 for one that cannot be an id", async () => {
    expect((await getJson("/api/v1/claims/no-such-claim")).status).toBe(404);
    const tooLong = await getJson(`/api/v1/claims/${"c".repeat(65)}`);
    expect(tooLong.status).toBe(400);
    expect(Object.keys(ZApiError.parse(tooLong.body).error.fieldErrors)).toEqual(["id"]);
    expect((await getJson("/api/v1/claims/%00")).status).toBe(400);
  });
});

describe("HTTP caching", () => {
  it("answers 304 to a request that already has the current ETag", async () => {
    const first = await get(`/api/v1/trackers/${slug}/scorecard`);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    const again = await get(`/api/v1/trackers/${slug}/scorecard`, { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
