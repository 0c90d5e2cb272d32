// rateSource and updateSource, and the registry queries: a rating appends to the history,
// sets the current grade, and re-weighs every claim citing the source at once.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { rateSource } from "@/lib/server/sources/rate-source";
import { updateSource } from "@/lib/server/sources/update-source";
import { getWorkspaceClaim } from "@/lib/server/workspace/get-workspace-claim";
import { getSource } from "@/lib/server/workspace/get-source";
import { listSources } from "@/lib/server/workspace/list-sources";
import { evidenceInput, makeClaim, makeTracker, makeUser } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { makeSource } from "../support/workspace-builders";

const analyst = () => makeUser({ roles: ["analyst"] });

describe("rateSource", () => {
  it("sets the grade, appends to the rating history and audits the change", async () => {
    const rater = await analyst();
    const source = await makeSource();
    const at = new Date("2026-02-01T12:00:00Z");
    await rateSource(rater, { sourceId: source.id, reliability: "C", rationale: "Trade press; sometimes repeats rumours." }, { now: at });
    await rateSource(rater, { sourceId: source.id, reliability: "B", rationale: "Corrected its record; upgraded after review." });

    expect(await getDb().source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({
      reliability: "B",
      ratingRationale: "Corrected its record; upgraded after review.",
      ratedById: rater.id,
    });
    const history = await getDb().sourceRating.findMany({ where: { sourceId: source.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((r) => [r.reliability, r.ratedById])).toEqual([["C", rater.id], ["B", rater.id]]);
    const audit = await getDb().auditEvent.findMany({ where: { entityId: source.id, action: "source.rate" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => [(event.before as { reliability: string }).reliability, (event.after as { reliability: string }).reliability])).toEqual([["F", "C"], ["C", "B"]]);
  });

  it("changes the balance of every claim citing the source, public and workspace alike, at once", async () => {
    const source = await makeSource();
    const creator = await analyst();
    const claims = [await makeClaim(), await makeClaim({ proofPointId: (await makeTracker({ published: false, proofPoints: 1 })).proofPoints[0]!.id })];
    for (const claim of claims) {
      await addEvidence(creator, evidenceInput(claim.id, { url: `https://${source.domain}/${claim.id}`, stance: "supports", credibility: 2 }));
    }
    // Unrated (F): no weight anywhere.
    expect((await getPublicClaim({ id: claims[0]!.id }))?.balance).toMatchObject({ support: 0, verdict: "no_weighted_evidence" });

    await rateSource(await analyst(), { sourceId: source.id, reliability: "A", rationale: "Primary filings, verified independently." });

    expect((await getPublicClaim({ id: claims[0]!.id }))?.balance).toMatchObject({ support: 0.8, score: 1, verdict: "leans_supports" });
    for (const claim of claims) {
      expect((await getWorkspaceClaim(creator, claim.id))?.balance).toMatchObject({ support: 0.8, verdict: "leans_supports" });
    }
  });

  it("is refused to admins and readers, changing nothing", async () => {
    const source = await makeSource();
    const admin = await makeUser({ roles: ["admin"] });
    const input = { sourceId: source.id, reliability: "A", rationale: "Admins may not grade sources." };
    const before = await snapshotDatabase();
    await expectAppError(rateSource(admin, input), "FORBIDDEN");
    await expectAppError(rateSource(null, input), "UNAUTHENTICATED");
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
    await rateSource(creator, { sourceId: source.id, reliability: "D", rationale: "Two retractions this year." });

    const listed = (await listSources(creator)).find((entry) => entry.id === source.id);
    expect(listed).toMatchObject({ name: "Registry Outlet", reliability: "D", evidenceCount: 1, ratedBy: creator.name });

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
