// The CSV and JSON exports are streamed from keyset batches: on a tracker ten times the
// size of the demo data (claims across several batches, one claim with more items than an
// evidence page holds) every claim, item and change is written exactly once, with the
// counts the database holds, in the documented order; and the stream reads the database
// as the client reads the file, not all at once up front.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { EXPORT_CLAIM_BATCH } from "@/lib/exports/tracker-export";
import { CHILD_PAGE_SIZE } from "@/lib/server/public/tracker-rows/claim-children";
import { seedScaleTracker } from "@/scripts/lib/seed-scale";
import { makeUser, uniqueToken } from "../support/builders";
import { csvRecords } from "../support/csv";
import { get } from "../support/public-routes";
import { countDatabaseQueries } from "../support/query-counter";

const SIZE = { claims: 450, evidence: 3_000, hotClaimEvidence: 1_200, changes: 200, sources: 40 };
let slug: string;
let trackerId: string;
let removedId: string;

beforeAll(async () => {
  slug = `export-${uniqueToken()}`;
  trackerId = await seedScaleTracker(process.env.DATABASE_URL!, SIZE, slug);
  // One withdrawn item, through the command: it must leave the export and the counts.
  const hot = await getDb().evidence.findFirstOrThrow({ where: { claimId: `${slug}-claim-1` }, orderBy: { id: "asc" } });
  removedId = hot.id;
  await removeEvidence(await makeUser({ roles: ["analyst", "reviewer"] }), { evidenceId: removedId, reason: "duplicate" });
});

async function liveEvidence() {
  return getDb().evidence.findMany({ where: { deletedAt: null, claim: { proofPoint: { trackerId } } }, select: { id: true, claimId: true } });
}

describe("a streamed export of a tracker ten times the demo data", () => {
  it("sizes cross every batch and page boundary", () => {
    expect(SIZE.claims).toBeGreaterThan(2 * EXPORT_CLAIM_BATCH);
    expect(SIZE.hotClaimEvidence).toBeGreaterThan(2 * CHILD_PAGE_SIZE);
  });

  it("claims.csv: every claim once, in checklist order, with its live evidence count", async () => {
    const response = await get(`/trackers/${slug}/export.csv?table=claims`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-claims.csv"`);
    const rows = csvRecords(await response.text());
    expect(rows).toHaveLength(SIZE.claims);
    expect(new Set(rows.map((row) => row.claim_id)).size).toBe(SIZE.claims);
    const counts = new Map<string, number>();
    for (const item of await liveEvidence()) counts.set(item.claimId, (counts.get(item.claimId) ?? 0) + 1);
    for (const row of rows) expect(Number(row.evidence_count), row.claim_id).toBe(counts.get(row.claim_id!) ?? 0);
    expect(rows.find((row) => row.claim_id === `${slug}-claim-1`)!.evidence_count).toBe(String(SIZE.hotClaimEvidence - 1));
    // Checklist order: proof points in position order, then by date claimed.
    const keys = rows.map((row) => `${row.proof_point_key!.padStart(9, "0")} ${row.claimed_at}`);
    expect(keys).toEqual([...keys].sort());
  });

  it("evidence.csv: every live item once and none withdrawn, each claim's newest publication first", async () => {
    const rows = csvRecords(await (await get(`/trackers/${slug}/export.csv?table=evidence`)).text());
    const live = await liveEvidence();
    expect(rows).toHaveLength(live.length);
    expect(new Set(rows.map((row) => row.evidence_id))).toEqual(new Set(live.map((item) => item.id)));
    expect(rows.some((row) => row.evidence_id === removedId)).toBe(false);
    const hot = rows.filter((row) => row.claim_id === `${slug}-claim-1`);
    expect(hot).toHaveLength(SIZE.hotClaimEvidence - 1);
    const dates = hot.map((row) => row.published_at!);
    expect(dates).toEqual([...dates].sort().reverse());
    // Items of one claim are written together.
    const claimRuns = rows.map((row) => row.claim_id).filter((id, index, all) => id !== all[index - 1]);
    expect(new Set(claimRuns).size).toBe(claimRuns.length);
  });

  it("history.csv: every approved change once", async () => {
    const rows = csvRecords(await (await get(`/trackers/${slug}/export.csv?table=history`)).text());
    expect(rows).toHaveLength(SIZE.changes);
    expect(new Set(rows.map((row) => row.status_change_id)).size).toBe(SIZE.changes);
  });

  it("export.json: one valid document, each claim with exactly its own evidence and history", async () => {
    const data = (await (await get(`/trackers/${slug}/export.json`)).json()) as {
      tracker: { slug: string };
      claims: { id: string; evidenceCount: number; evidence: { id: string }[]; history: { id: string }[] }[];
      exportedAt: string;
      forecasts: unknown;
    };
    expect(data.tracker.slug).toBe(slug);
    expect(data.claims).toHaveLength(SIZE.claims);
    const live = await liveEvidence();
    const owner = new Map(live.map((item) => [item.id, item.claimId]));
    let items = 0;
    for (const claim of data.claims) {
      expect(claim.evidence).toHaveLength(claim.evidenceCount);
      for (const item of claim.evidence) expect(owner.get(item.id)).toBe(claim.id);
      items += claim.evidence.length;
    }
    expect(items).toBe(live.length);
    expect(data.claims.reduce((sum, claim) => sum + claim.history.length, 0)).toBe(SIZE.changes);
    expect(new Date(data.exportedAt).toISOString()).toBe(data.exportedAt);
  });

  it("reads the database as the file is read: the first chunk costs a few queries, the whole file many", async () => {
    const counter = countDatabaseQueries();
    try {
      const response = await get(`/trackers/${slug}/export.csv?table=evidence`);
      const reader = response.body!.getReader();
      await reader.read();
      await reader.read();
      const early = counter.count;
      expect(early).toBeLessThanOrEqual(8);
      while (!(await reader.read()).done) {
        // drain
      }
      expect(counter.count).toBeGreaterThan(early + 10);
    } finally {
      counter.restore();
    }
  });

  it("answers 404 for an unknown tracker before streaming anything", async () => {
    const response = await get(`/trackers/no-such-${uniqueToken()}/export.csv?table=evidence`);
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});
