// The workspace claims list: full-text search over claim text and live evidence, filters,
// stable pagination, and the claim workspace query.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { computeEvidenceBalance } from "@/lib/domain";
import { createClaim } from "@/lib/server/claims/create-claim";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { MATCH_END, MATCH_START } from "@/lib/search-marks";
import { getWorkspaceClaim } from "@/lib/server/workspace/get-workspace-claim";
import { CLAIMS_PAGE_SIZE, listWorkspaceClaims } from "@/lib/server/workspace/list-workspace-claims";
import { CLAIM_FIELDS, evidenceInput, makeApprovedChange, makeProposal, makeTracker, makeUser } from "../support/builders";
import { expectAppError } from "../support/snapshot";

let analyst: Actor;
let tracker: Awaited<ReturnType<typeof makeTracker>>;
const NOW = new Date("2026-06-15T12:00:00Z");

async function claimIn(point: number, fields: { statement?: string; claimant?: string; subject?: string } = {}) {
  return createClaim(analyst, { ...CLAIM_FIELDS, ...fields, proofPointId: tracker.proofPoints[point]!.id });
}

const list = (options: Partial<Parameters<typeof listWorkspaceClaims>[1]> = {}) =>
  listWorkspaceClaims(analyst, { trackerId: tracker.id, now: NOW, ...options });
const idsOf = async (options: Partial<Parameters<typeof listWorkspaceClaims>[1]> = {}) => (await list(options)).rows.map((row) => row.id);

beforeAll(async () => {
  analyst = await makeUser({ roles: ["analyst"] });
  tracker = await makeTracker({ proofPoints: 2 });
});

describe("full-text search", () => {
  it("finds a claim by a word of its evidence quote, stemmed, and shows the matched words", async () => {
    const claim = await claimIn(0, { statement: "The lithography consortium reached a production milestone." });
    await addEvidence(analyst, evidenceInput(claim.id, { quote: "Engineers said the pellicle survived thousands of exposures." }));
    const other = await claimIn(0, { statement: "A different claim with no such evidence at all." });

    expect(await idsOf({ q: "pellicle" })).toEqual([claim.id]);
    expect(await idsOf({ q: "exposure" })).toEqual([claim.id]);
    expect(await idsOf({ q: "pellicle" })).not.toContain(other.id);

    const [row] = (await list({ q: "pellicle" })).rows;
    expect(row?.matches).toHaveLength(1);
    expect(row?.matches[0]?.snippet).toContain(`${MATCH_START}pellicle${MATCH_END}`);
  });

  it("finds claims by statement, claimant, subject and evidence title; phrases and exclusions work", async () => {
    const byStatement = await claimIn(1, { statement: "Overlay accuracy reached two nanometres on test wafers." });
    const byClaimant = await claimIn(1, { claimant: "Quokka Semiconductor Weekly" });
    const bySubject = await claimIn(1, { subject: "Wombat Optics Institute" });
    const byTitle = await claimIn(1);
    await addEvidence(analyst, evidenceInput(byTitle.id, { title: "Numbat interview with the chief engineer" }));

    expect(await idsOf({ q: "nanometre" })).toEqual([byStatement.id]);
    expect(await idsOf({ q: "quokka" })).toEqual([byClaimant.id]);
    expect(await idsOf({ q: "WOMBAT" })).toEqual([bySubject.id]);
    expect(await idsOf({ q: "numbat" })).toEqual([byTitle.id]);
    expect(await idsOf({ q: '"overlay accuracy"' })).toEqual([byStatement.id]);
    expect(await idsOf({ q: '"accuracy overlay"' })).toEqual([]);
    expect(await idsOf({ q: "wombat OR quokka" })).toEqual(expect.arrayContaining([bySubject.id, byClaimant.id]));
    expect(await idsOf({ q: "quokka -weekly" })).toEqual([]);
  });

  it("ignores removed evidence and claims of other trackers", async () => {
    const claim = await claimIn(0);
    const item = await addEvidence(analyst, evidenceInput(claim.id, { quote: "The platypus stage moved at record speed." }));
    const elsewhere = await makeTracker({ proofPoints: 1 });
    const foreign = await createClaim(analyst, { ...CLAIM_FIELDS, proofPointId: elsewhere.proofPoints[0]!.id });
    await addEvidence(analyst, evidenceInput(foreign.id, { quote: "Another platypus mention in another tracker." }));

    expect(await idsOf({ q: "platypus" })).toEqual([claim.id]);
    await removeEvidence(analyst, { evidenceId: item.id });
    expect(await idsOf({ q: "platypus" })).toEqual([]);
  });

  it("treats SQL and tsquery syntax in the search as plain words", async () => {
    for (const q of ["'); DROP TABLE claims; --", "a & b | !c", ":*", "\\", "the and of"]) {
      await expect(list({ q })).resolves.toMatchObject({ rows: expect.any(Array) });
    }
    expect(await getDb().claim.count()).toBeGreaterThan(0);
  });

  it("ranks a match in the statement above a match only in evidence", async () => {
    const inEvidence = await claimIn(0, { statement: "A claim whose evidence mentions the keyword only." });
    await addEvidence(analyst, evidenceInput(inEvidence.id, { quote: "Echidna appears in this quote." }));
    const inStatement = await claimIn(0, { statement: "The echidna scanner was shipped to a fab." });
    expect(await idsOf({ q: "echidna" })).toEqual([inStatement.id, inEvidence.id]);
  });
});

describe("filters", () => {
  it("by proof point, status, pending proposal and overdue, alone and together", async () => {
    const own = await makeTracker({ proofPoints: 2 });
    const file = (point: number, resolveBy?: string) =>
      createClaim(analyst, { ...CLAIM_FIELDS, resolveBy, proofPointId: own.proofPoints[point]!.id });
    const plain = await file(0);
    const disputed = await file(0);
    await makeApprovedChange({ claimId: disputed.id, toStatus: "disputed" });
    const pending = await file(1);
    await makeProposal({ claimId: pending.id, toStatus: "partially_supported" });
    const overdue = await file(1, "2026-06-01");
    const dueLater = await file(1, "2026-07-01");
    const settledLate = await file(0, "2026-01-01");
    await makeApprovedChange({ claimId: settledLate.id, toStatus: "refuted" });

    const ids = async (options: Record<string, unknown>) =>
      (await listWorkspaceClaims(analyst, { trackerId: own.id, now: NOW, ...options })).rows.map((row) => row.id).sort();
    const sorted = (...list: { id: string }[]) => list.map((claim) => claim.id).sort();

    expect(await ids({ point: "point-1" })).toEqual(sorted(plain, disputed, settledLate));
    expect(await ids({ status: "disputed" })).toEqual(sorted(disputed));
    expect(await ids({ pending: true })).toEqual(sorted(pending));
    expect(await ids({ overdue: true })).toEqual(sorted(overdue));
    expect(await ids({ point: "point-2", status: "unverified" })).toEqual(sorted(pending, overdue, dueLater));
    expect(await ids({ point: "point-1", overdue: true })).toEqual([]);
    expect(await ids({ point: "no-such-point" })).toEqual([]);

    const rows = (await listWorkspaceClaims(analyst, { trackerId: own.id, now: NOW })).rows;
    expect(rows.find((row) => row.id === overdue.id)).toMatchObject({ overdue: true });
    expect(rows.find((row) => row.id === pending.id)).toMatchObject({ pendingProposals: 1 });
    expect(rows.filter((row) => row.overdue).map((row) => row.id)).toEqual([overdue.id]);
  });
});

describe("pagination", () => {
  it("pages of 20 in a stable order, with the total, no overlap and nothing skipped", async () => {
    const own = await makeTracker({ proofPoints: 1 });
    const created: string[] = [];
    for (let i = 0; i < 45; i++) {
      // Several claims share a date, so the order must not depend on the date alone.
      const claimedAt = `2025-0${1 + (i % 3)}-15`;
      created.push((await createClaim(analyst, { ...CLAIM_FIELDS, claimedAt, proofPointId: own.proofPoints[0]!.id })).id);
    }
    const page = (n: number) => listWorkspaceClaims(analyst, { trackerId: own.id, page: n });
    const [first, second, third] = await Promise.all([page(1), page(2), page(3)]);
    expect([first.total, first.pageCount, first.pageSize]).toEqual([45, 3, CLAIMS_PAGE_SIZE]);
    expect([first.rows.length, second.rows.length, third.rows.length]).toEqual([20, 20, 5]);
    const all = [...first.rows, ...second.rows, ...third.rows].map((row) => row.id);
    expect(new Set(all).size).toBe(45);
    expect(all.sort()).toEqual([...created].sort());
    expect((await page(2)).rows.map((row) => row.id)).toEqual(second.rows.map((row) => row.id));
    // Newest claimed first.
    expect(first.rows[0]!.claimedAt >= third.rows.at(-1)!.claimedAt).toBe(true);

    const beyond = await page(99);
    expect(beyond.page).toBe(3);
    expect(beyond.rows.map((row) => row.id)).toEqual(third.rows.map((row) => row.id));
  });

  it("gives an empty first page when nothing matches", async () => {
    expect(await list({ q: "zzyzxnotaword" })).toEqual({ rows: [], total: 0, page: 1, pageCount: 1, pageSize: CLAIMS_PAGE_SIZE });
  });
});

describe("getWorkspaceClaim", () => {
  it("shows live evidence by stance with the lib/domain balance, and removed items apart", async () => {
    const claim = await claimIn(0);
    const kept = await addEvidence(analyst, evidenceInput(claim.id, { stance: "refutes", credibility: 2 }));
    const gone = await addEvidence(analyst, evidenceInput(claim.id, { stance: "supports" }));
    await removeEvidence(analyst, { evidenceId: gone.id });

    const view = await getWorkspaceClaim(analyst, claim.id);
    expect(view?.evidenceByStance.refutes.map((item) => item.id)).toEqual([kept.id]);
    expect(view?.evidenceByStance.supports).toEqual([]);
    expect(view?.removedEvidence).toEqual([expect.objectContaining({ id: gone.id, removedBy: analyst.name })]);
    const item = view!.evidenceByStance.refutes[0]!;
    expect(view?.balance).toEqual(
      computeEvidenceBalance([{ id: item.id, stance: "refutes", sourceId: item.source.id, sourceName: item.source.name, reliability: item.source.reliability, credibility: 2 }]),
    );
    expect(view).toMatchObject({ version: 1, isPublic: true, pendingProposals: 0 });
  });

  it("returns null for an unknown id and refuses admins", async () => {
    expect(await getWorkspaceClaim(analyst, "nope")).toBeNull();
    await expectAppError(getWorkspaceClaim(await makeUser({ roles: ["admin"] }), "nope"), "FORBIDDEN");
    await expectAppError(listWorkspaceClaims(null, { trackerId: tracker.id }), "UNAUTHENTICATED");
  });
});
