// The claims API pages by keyset: following `nextCursor` visits every claim that existed
// when the walk began exactly once, even while claims are filed between pages, before and
// after the cursor's place in the order; a cursor the API did not issue is a 400 naming it.
import { beforeAll, describe, expect, it } from "vitest";
import { createClaim } from "@/lib/server/claims/create-claim";
import { ZApiClaimPage } from "@/lib/validation/api/claim-responses";
import { ZApiError } from "@/lib/validation/api/common-responses";
import { CLAIM_FIELDS, makeTracker, makeUser } from "../support/builders";
import { getJson } from "../support/public-routes";

let slug: string;
let pointIds: string[];
let analyst: Awaited<ReturnType<typeof makeUser>>;
const original: string[] = [];

async function file(pointIndex: number, claimedAt: string, label: string) {
  const claim = await createClaim(analyst, { ...CLAIM_FIELDS, statement: `Claim ${label} filed for the cursor walk.`, claimedAt, proofPointId: pointIds[pointIndex]! });
  return claim.id;
}

beforeAll(async () => {
  const tracker = await makeTracker({ proofPoints: 3 });
  slug = tracker.slug;
  pointIds = tracker.proofPoints.map((point) => point.id);
  analyst = await makeUser({ roles: ["analyst"] });
  for (let i = 0; i < 24; i += 1) {
    original.push(await file(i % 3, `2025-0${1 + (i % 9)}-1${i % 10}`, `original ${i}`));
  }
});

async function page(query: string) {
  const { status, body } = await getJson(`/api/v1/trackers/${slug}/claims?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  return ZApiClaimPage.parse(body);
}

describe("walking the claims API by cursor", () => {
  it("sees every original claim once while claims are filed between pages", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let step = 0;
    do {
      const current = await page(`pageSize=5${cursor ? `&cursor=${cursor}` : ""}`);
      seen.push(...current.data.map((claim) => claim.id));
      cursor = current.pagination.nextCursor;
      // Between pages: one claim sorting first of all (first proof point, earliest date),
      // one sorting last, one in the middle.
      await file(0, "2020-01-01", `early ${step}`);
      await file(2, "2026-06-30", `late ${step}`);
      await file(1, "2025-05-15", `middle ${step}`);
      step += 1;
    } while (cursor !== null && step < 50);
    expect(cursor).toBeNull();
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of original) expect(seen.filter((seenId) => seenId === id)).toHaveLength(1);
  });

  it("pages under a filter keep to it and do not overlap", async () => {
    const first = await page("pageSize=3&proofPoint=point-2");
    const second = await page(`pageSize=3&proofPoint=point-2&cursor=${first.pagination.nextCursor}`);
    const ids = [...first.data, ...second.data].map((claim) => claim.id);
    expect(new Set(ids).size).toBe(6);
    expect([...first.data, ...second.data].every((claim) => claim.proofPoint.key === "point-2")).toBe(true);
    expect(first.pagination.totalItems).toBe(second.pagination.totalItems);
  });

  it.each([
    ["garbage", "not!a!cursor"],
    ["valid base64 of something else", Buffer.from("hello").toString("base64url")],
    ["a tuple of the wrong shape", Buffer.from(JSON.stringify([1, "x"])).toString("base64url")],
    ["an unknown version", Buffer.from(JSON.stringify([9, 0, "point-1", "2025-01-01", "2025-01-01 00:00:00", "id"])).toString("base64url")],
  ])("answers 400 naming the cursor for %s", async (_label, cursor) => {
    const { status, body } = await getJson(`/api/v1/trackers/${slug}/claims?cursor=${encodeURIComponent(cursor)}`);
    expect(status).toBe(400);
    const { error } = ZApiError.parse(body);
    expect(Object.keys(error.fieldErrors)).toEqual(["cursor"]);
    expect(error.message).toMatch(/^cursor: is not a valid cursor/);
  });
});
