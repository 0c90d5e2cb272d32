// Source grades (provisional first grade, four-eyes changes), updateSource, and the
// registry queries: an applied grade appends to the history and re-weighs citing claims.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { confirmSourceGrade } from "@/lib/server/sources/confirm-source-grade";
import { approveSourceGrade } from "@/lib/server/sources/decide-source-grade";
import { proposeSourceGrade } from "@/lib/server/sources/propose-source-grade";
import { updateSource } from "@/lib/server/sources/update-source";
import { getWorkspaceClaim } from "@/lib/server/workspace/get-workspace-claim";
import { getSource } from "@/lib/server/workspace/get-source";
import { listSources } from "@/lib/server/workspace/list-sources";
import { evidenceInput, makeClaim, makeUser } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { makeSource, regradeSource } from "../support/workspace-builders";

const analyst = () => makeUser({ roles: ["analyst"] });

describe("source grades", () => {
  it("the analyst who logged a source sets its first grade at once, provisional until another reviewer confirms it", async () => {
    const rater = await analyst();
    const source = await makeSource({ rater });
    const at = new Date("2026-02-01T12:00:00Z");
    const result = await proposeSourceGrade(rater, { sourceId: source.id, reliability: "C", rationale: "Trade press; sometimes repeats rumours." }, { now: at });
    expect(result.kind).toBe("provisional");
    expect(await getDb().source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({
      reliability: "C",
      gradeProvisional: true,
      ratedById: rater.id,
      ratedAt: at,
    });
    const reviewer = await makeUser({ roles: ["reviewer"] });
    await confirmSourceGrade(reviewer, { sourceId: source.id, note: "Checked its corrections policy." });
    expect((await getDb().source.findUniqueOrThrow({ where: { id: source.id } })).gradeProvisional).toBe(false);
    const history = await getDb().sourceRating.findMany({ where: { sourceId: source.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((r) => [r.kind, r.reliability, r.ratedById, r.approvedById])).toEqual([
      ["provisional", "C", rater.id, null],
      ["confirmed", "C", rater.id, reviewer.id],
    ]);
  });

  it("a later change waits for another reviewer: nothing is re-weighed until the approval", async () => {
    const source = await makeSource({ grade: "C" });
    const creator = await analyst();
    const claim = await makeClaim();
    await addEvidence(creator, evidenceInput(claim.id, { url: `https://${source.domain}/a`, stance: "supports", credibility: 2 }));
    const proposer = await makeUser({ roles: ["reviewer"] });
    const proposed = await proposeSourceGrade(proposer, { sourceId: source.id, reliability: "A", rationale: "Primary filings, verified independently." });
    expect(proposed.kind).toBe("proposed");
    expect((await getPublicClaim({ id: claim.id }))?.balance.support).toBeCloseTo(0.48);
    await expectAppError(approveSourceGrade(proposer, { proposalId: proposed.kind === "proposed" ? proposed.proposal.id : "" }), "FORBIDDEN");

    const approver = await makeUser({ roles: ["reviewer"] });
    await approveSourceGrade(approver, { proposalId: proposed.kind === "proposed" ? proposed.proposal.id : "" });
    expect((await getPublicClaim({ id: claim.id }))?.balance).toMatchObject({ support: 0.8, verdict: "leans_supports" });
    expect((await getWorkspaceClaim(creator, claim.id))?.balance).toMatchObject({ support: 0.8 });
    const rating = await getDb().sourceRating.findFirstOrThrow({ where: { sourceId: source.id, kind: "approved" } });
    expect(rating).toMatchObject({ reliability: "A", ratedById: proposer.id, approvedById: approver.id });
  });

  it("is refused to admins and readers, changing nothing", async () => {
    const source = await makeSource();
    const admin = await makeUser({ roles: ["admin"] });
    const input = { sourceId: source.id, reliability: "A", rationale: "Admins may not grade sources." };
    const before = await snapshotDatabase();
    await expectAppError(proposeSourceGrade(admin, input), "FORBIDDEN");
    await expectAppError(proposeSourceGrade(null, input), "UNAUTHENTICATED");
    await expectDatabaseUnchanged(before);
  });
});

describe("updateSource", () => {
  it("renames a source and audits it; the same name again writes nothing", async () => {
    const editor = await analyst();
    const source = await makeSource({ name: "outlet.example.com" });
    await updateSource(editor, { sourceId: source.id, name: "  The Outlet  " });
    expect((await getDb().source.findUniqueOrThrow({ where: { id: source.id } })).name).toBe("The Outlet");
    expect(await getDb().auditEvent.findFirst({ where: { entityId: source.id, action: "source.update" } })).toMatchObject({
      before: { name: "outlet.example.com" },
      after: { name: "The Outlet" },
    });

    const before = await snapshotDatabase();
    expect((await updateSource(editor, { sourceId: source.id, name: "The Outlet" })).changed).toBe(false);
    await expectDatabaseUnchanged(before);
  });
});

describe("the source registry queries", () => {
  it("count live evidence only, list rating history newest first and the claims the grade weighs in", async () => {
    const creator = await analyst();
    const source = await makeSource({ name: "Registry Outlet", grade: "C" });
    const claim = await makeClaim();
    const kept = await addEvidence(creator, evidenceInput(claim.id, { url: `https://${source.domain}/kept` }));
    const gone = await addEvidence(creator, evidenceInput(claim.id, { url: `https://${source.domain}/gone` }));
    await removeEvidence(creator, { evidenceId: gone.id });
    await regradeSource(source.id, "D");

    const listed = (await listSources(creator)).find((entry) => entry.id === source.id);
    expect(listed).toMatchObject({ name: "Registry Outlet", reliability: "D", evidenceCount: 1 });

    const detail = await getSource(creator, source.id);
    expect(detail?.ratings.map((r) => r.reliability)).toEqual(["D", "C"]);
    expect(detail?.claims).toEqual([{ id: claim.id, statement: claim.statement, status: "unverified", items: 1 }]);
    expect(kept.sourceId).toBe(source.id);
  });

  it("filter unrated sources and search by name or domain", async () => {
    const user = await analyst();
    const unrated = await makeSource({ name: "Zeta Unrated Wire" });
    const rated = await makeSource({ name: "Zeta Rated Wire", grade: "B" });
    const ids = (await listSources(user, { unrated: true })).map((s) => s.id);
    expect(ids).toContain(unrated.id);
    expect(ids).not.toContain(rated.id);
    expect((await listSources(user, { q: "zeta rated" })).map((s) => s.id)).toEqual([rated.id]);
    expect((await listSources(user, { q: unrated.domain.toUpperCase() })).map((s) => s.id)).toEqual([unrated.id]);
  });

  it("are closed to admins without an analyst role", async () => {
    const admin = await makeUser({ roles: ["admin"] });
    await expectAppError(listSources(admin), "FORBIDDEN");
    await expectAppError(getSource(admin, "anything"), "FORBIDDEN");
  });
});
