// editClaim: audited edits of a claim's facts, optimistic concurrency on `version`, and
// a status that no edit can touch (rule 1).
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { editClaim } from "@/lib/server/claims/edit-claim";
import { makeApprovedChange, makeClaim, makeTracker, makeUser } from "../support/builders";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { editClaimInput } from "../support/workspace-builders";

const analyst = () => makeUser({ roles: ["analyst"] });

describe("editClaim", () => {
  it("saves the changed fields, bumps the version and audits only what changed", async () => {
    const editor = await analyst();
    const claim = await makeClaim();
    const result = await editClaim(editor, await editClaimInput(claim.id, { statement: "  A sharper statement of what the prototype did.  ", resolveBy: "2028-12-31" }));

    expect(result.changed).toBe(true);
    const row = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ statement: "A sharper statement of what the prototype did.", version: 2, status: "unverified" });
    expect(row.resolveBy?.toISOString()).toBe("2028-12-31T00:00:00.000Z");

    const audit = await getDb().auditEvent.findMany({ where: { entityId: claim.id, action: "claim.edit" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: editor.id,
      entityType: "Claim",
      before: { statement: claim.statement, resolveBy: null, version: 1 },
      after: { statement: "A sharper statement of what the prototype did.", resolveBy: "2028-12-31T00:00:00.000Z", version: 2 },
    });
    expect(Object.keys(audit[0]!.after as object).sort()).toEqual(["resolveBy", "statement", "version"]);
  });

  it("never changes the status, even when the input names one", async () => {
    const claim = await makeClaim();
    await editClaim(await analyst(), { ...(await editClaimInput(claim.id, { claimant: "Another wire service" })), status: "supported" });
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "unverified", claimant: "Another wire service" });
  });

  it("writes nothing for a save that changes nothing (no version bump, no audit event)", async () => {
    const claim = await makeClaim();
    const editor = await analyst();
    const input = await editClaimInput(claim.id);
    const before = await snapshotDatabase();
    expect((await editClaim(editor, input)).changed).toBe(false);
    await expectDatabaseUnchanged(before);
  });

  it("refuses a stale version with CONFLICT, says someone else edited it, returns the saved version and changes nothing", async () => {
    const claim = await makeClaim();
    const first = await analyst();
    const second = await analyst();
    const seen = await editClaimInput(claim.id);
    await editClaim(first, { ...seen, subject: "The first editor's subject" });

    const before = await snapshotDatabase();
    const error = await expectAppError(editClaim(second, { ...seen, subject: "The second editor's subject" }), "CONFLICT");
    expect(error.message).toMatch(/someone else edited this claim/i);
    expect(error.details).toMatchObject({ currentVersion: 2, current: { subject: "The first editor's subject" } });
    await expectDatabaseUnchanged(before);
  });

  it("merges a stale save with what the form opened with: the other editor's fields stay, this editor's apply", async () => {
    const claim = await makeClaim();
    const [first, second] = [await analyst(), await analyst()];
    const seen = await editClaimInput(claim.id);
    const { claimId: _claimId, version: _version, ...base } = seen;
    await editClaim(first, { ...seen, subject: "The first editor's subject" });

    const result = await editClaim(second, { ...seen, base, claimant: "The second editor's claimant" });

    expect(result).toMatchObject({ changed: true, keptTheirs: ["subject"] });
    const row = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({ subject: "The first editor's subject", claimant: "The second editor's claimant", version: 3, statement: claim.statement });
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: claim.id, action: "claim.edit", actorId: second.id } });
    expect(audit.after).toMatchObject({ claimant: "The second editor's claimant", mergedKeepingOtherEditorsFields: ["subject"] });
    expect(audit.before).not.toHaveProperty("subject");
  });

  it("asks only about the fields both editors changed, and saves nothing until then", async () => {
    const claim = await makeClaim();
    const [first, second] = [await analyst(), await analyst()];
    const seen = await editClaimInput(claim.id);
    const { claimId: _claimId, version: _version, ...base } = seen;
    await editClaim(first, { ...seen, subject: "The first editor's subject", claimant: "The first editor's claimant" });

    const before = await snapshotDatabase();
    const error = await expectAppError(editClaim(second, { ...seen, base, subject: "The second editor's subject", statement: `${claim.statement} Sharper.` }), "CONFLICT");
    expect(error.message).toMatch(/changed some of the same fields/i);
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(["subject"]);
    expect(error.details).toMatchObject({
      currentVersion: 2,
      conflicts: ["subject"],
      merged: { subject: "The second editor's subject", claimant: "The first editor's claimant", statement: `${claim.statement} Sharper.` },
    });
    await expectDatabaseUnchanged(before);
  });

  it("does not call it a conflict when both editors typed the same value into a field", async () => {
    const claim = await makeClaim();
    const seen = await editClaimInput(claim.id);
    const { claimId: _claimId, version: _version, ...base } = seen;
    await editClaim(await analyst(), { ...seen, subject: "The agreed subject" });
    const result = await editClaim(await analyst(), { ...seen, base, subject: "The agreed subject", claimant: "A new claimant" });
    expect(result.changed).toBe(true);
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ subject: "The agreed subject", claimant: "A new claimant", version: 3 });
  });

  it("treats an approved status change since the form was opened as a newer version", async () => {
    const claim = await makeClaim();
    const seen = await editClaimInput(claim.id);
    await makeApprovedChange({ claimId: claim.id, toStatus: "disputed" });
    await expectAppError(editClaim(await analyst(), { ...seen, claimant: "Late editor" }), "CONFLICT");
    expect(await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ status: "disputed", claimant: claim.claimant });
  });

  it("lets exactly one of two simultaneous edits of one version win", async () => {
    const claim = await makeClaim();
    const seen = await editClaimInput(claim.id);
    const [a, b] = [await analyst(), await analyst()];
    const results = await Promise.allSettled([editClaim(a, { ...seen, claimant: "Editor A" }), editClaim(b, { ...seen, claimant: "Editor B" })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect((rejected as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    const row = await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.version).toBe(2);
    expect(await getDb().auditEvent.count({ where: { action: "claim.edit", entityId: claim.id } })).toBe(1);
  });

  it("moves a claim to another active proof point of its own tracker", async () => {
    const tracker = await makeTracker({ proofPoints: 2 });
    const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
    await editClaim(await analyst(), await editClaimInput(claim.id, { proofPointId: tracker.proofPoints[1]!.id }));
    expect((await getDb().claim.findUniqueOrThrow({ where: { id: claim.id } })).proofPointId).toBe(tracker.proofPoints[1]!.id);
  });

  it("is refused to admins (no claim rights) and to readers", async () => {
    const claim = await makeClaim();
    const input = await editClaimInput(claim.id, { claimant: "Nobody allowed" });
    await expectAppError(editClaim(await makeUser({ roles: ["admin"] }), input), "FORBIDDEN");
    await expectAppError(editClaim(null, input), "UNAUTHENTICATED");
  });
});
