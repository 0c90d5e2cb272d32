// editEvidence and removeEvidence: audited corrections, source matching on a new URL, and
// removal as a soft delete that leaves the public page and the balance at once.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { editEvidence } from "@/lib/server/evidence/edit-evidence";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { evidenceInput, makeApprovedChange, makeClaim, makeEvidence, makeUser } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { editEvidenceInput, makeSource, uniqueDomain } from "../support/workspace-builders";

const analyst = () => makeUser({ roles: ["analyst"] });

describe("editEvidence", () => {
  it("saves the corrected fields, audits only what changed, and the public page shows them at once", async () => {
    const editor = await analyst();
    const claim = await makeClaim();
    const item = await makeEvidence({ claimId: claim.id });
    const result = await editEvidence(editor, await editEvidenceInput(item.id, { title: "Corrected headline of the article", credibility: "2", archivedUrl: "https://web.archive.org/web/2025/https://news.example.com/a" }));

    expect(result.changed).toBe(true);
    const [audit] = await getDb().auditEvent.findMany({ where: { entityId: item.id, action: "evidence.edit" } });
    expect(audit).toMatchObject({
      actorId: editor.id,
      before: { title: item.title, credibility: 3, archivedUrl: null },
      after: { title: "Corrected headline of the article", credibility: 2, archivedUrl: "https://web.archive.org/web/2025/https://news.example.com/a" },
    });
    expect(Object.keys(audit!.after as object).sort()).toEqual(["archivedUrl", "credibility", "title"]);

    const publicClaim = await getPublicClaim({ id: claim.id });
    expect(publicClaim?.evidenceByStance.supports.map((e) => [e.title, e.credibility])).toEqual([["Corrected headline of the article", 2]]);
  });

  it("matches the source of a new URL by domain, creating an unrated one (F) for a new domain", async () => {
    const claim = await makeClaim();
    const item = await makeEvidence({ claimId: claim.id });
    const domain = uniqueDomain();
    await editEvidence(await analyst(), await editEvidenceInput(item.id, { url: `https://www.${domain}/story?utm_source=x`, sourceName: "New Outlet" }));

    const row = await getDb().evidence.findUniqueOrThrow({ where: { id: item.id }, include: { source: true } });
    expect(row.url).toBe(`https://www.${domain}/story`);
    expect(row.source).toMatchObject({ domain, name: "New Outlet", reliability: "F" });
    expect(await getDb().auditEvent.count({ where: { action: "source.create", entityId: row.sourceId } })).toBe(1);

    const known = await makeSource({ grade: "B" });
    await editEvidence(await analyst(), await editEvidenceInput(item.id, { url: `https://${known.domain}/other`, sourceName: "Ignored for a known domain" }));
    const moved = await getDb().evidence.findUniqueOrThrow({ where: { id: item.id }, include: { source: true } });
    expect(moved.source).toMatchObject({ id: known.id, name: known.name });
  });

  it("refuses a URL already logged on the claim, pointing at the existing item", async () => {
    const claim = await makeClaim();
    const first = await makeEvidence({ claimId: claim.id });
    const second = await makeEvidence({ claimId: claim.id });
    const editor = await analyst();
    const input = await editEvidenceInput(second.id, { url: `${first.url}?utm_campaign=share` });
    const before = await snapshotDatabase();
    const error = await expectAppError(editEvidence(editor, input), "INVALID_INPUT");
    expect(error.fieldErrors.url?.[0]).toMatch(/already logged/);
    expect(error.details).toEqual({ existingEvidenceId: first.id });
    await expectDatabaseUnchanged(before);
  });

  it("writes nothing for a save that changes nothing", async () => {
    const claim = await makeClaim();
    const item = await makeEvidence({ claimId: claim.id });
    const editor = await analyst();
    const input = await editEvidenceInput(item.id);
    const before = await snapshotDatabase();
    expect((await editEvidence(editor, input)).changed).toBe(false);
    await expectDatabaseUnchanged(before);
  });
});

describe("removeEvidence", () => {
  it("soft-deletes: keeps the row, records who and when, audits the reason", async () => {
    const remover = await analyst();
    const claim = await makeClaim();
    const item = await makeEvidence({ claimId: claim.id });
    const at = new Date("2026-01-05T10:00:00Z");
    await removeEvidence(remover, { evidenceId: item.id, reason: "The article was about another tool." }, { now: at });

    const row = await getDb().evidence.findUniqueOrThrow({ where: { id: item.id } });
    expect(row).toMatchObject({ deletedAt: at, deletedById: remover.id, title: item.title, url: item.url });
    const audit = await getDb().auditEvent.findMany({ where: { entityId: item.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((event) => event.action)).toEqual(["evidence.create", "evidence.remove"]);
    expect(audit[1]).toMatchObject({ actorId: remover.id, after: { deletedAt: at.toISOString(), reason: "The article was about another tool." } });
  });

  it("takes the item off the public claim page and out of the balance at once", async () => {
    const claim = await makeClaim();
    const source = await makeSource({ grade: "A" });
    const creator = await analyst();
    const supporting = await addEvidence(creator, evidenceInput(claim.id, { url: `https://${source.domain}/s`, stance: "supports", credibility: 1 }));
    await addEvidence(creator, evidenceInput(claim.id, { url: `https://${source.domain}/r`, stance: "refutes", credibility: 1 }));

    const before = await getPublicClaim({ id: claim.id });
    expect(before).toMatchObject({ evidenceCount: 2, balance: { score: 0, verdict: "mixed" } });

    await removeEvidence(creator, { evidenceId: supporting.id });
    const after = await getPublicClaim({ id: claim.id });
    expect(after?.evidenceCount).toBe(1);
    expect(after?.evidenceByStance.supports).toEqual([]);
    expect(after?.balance).toMatchObject({ support: 0, refute: 1, score: -1, verdict: "leans_refutes" });
    expect(after?.balance.contributions.map((c) => c.id)).not.toContain(supporting.id);
  });

  it("lets the same link be logged again after removal", async () => {
    const claim = await makeClaim();
    const item = await makeEvidence({ claimId: claim.id });
    await removeEvidence(await analyst(), { evidenceId: item.id });
    const again = await addEvidence(await analyst(), evidenceInput(claim.id, { url: item.url }));
    expect(again.id).not.toBe(item.id);
  });

  it("keeps a removed item cited by an approved change counted (not linked) in the public history", async () => {
    const claim = await makeClaim();
    const proposal = await makeApprovedChange({ claimId: claim.id, toStatus: "supported" });
    const cited = await getDb().proposalCitation.findFirstOrThrow({ where: { proposalId: proposal.id } });
    await removeEvidence(await analyst(), { evidenceId: cited.evidenceId });

    const history = (await getPublicClaim({ id: claim.id }))?.history;
    expect(history?.[0]).toMatchObject({ citedEvidence: [], withdrawnCitationCount: 1 });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "supported" });
  });

  it("is refused to admins and readers, changing nothing", async () => {
    const claim = await makeClaim();
    const item = await makeEvidence({ claimId: claim.id });
    const admin = await makeUser({ roles: ["admin"] });
    const before = await snapshotDatabase();
    await expectAppError(removeEvidence(admin, { evidenceId: item.id }), "FORBIDDEN");
    await expectAppError(removeEvidence(null, { evidenceId: item.id }), "UNAUTHENTICATED");
    await expectDatabaseUnchanged(before);
  });
});
