// Reader submissions end to end against PostgreSQL: each defence refuses with the one
// generic answer and stores nothing; accepted and declined paths; the corrections log and
// its Atom feed show only what was accepted.
import { DOMParser } from "@xmldom/xmldom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { buildCorrectionsFeed } from "@/lib/feeds/corrections-feed";
import { listCorrections } from "@/lib/server/public/list-corrections";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { acceptDispute } from "@/lib/server/reader-submissions/accept-dispute";
import { acceptEvidenceSuggestion } from "@/lib/server/reader-submissions/accept-evidence-suggestion";
import { declineReaderSubmission } from "@/lib/server/reader-submissions/decline-reader-submission";
import { READER_SUBMISSION_LIMITS } from "@/lib/server/reader-submissions/submission-limits";
import { GENERIC_REFUSAL, submitReaderSubmission } from "@/lib/server/reader-submissions/submit-reader-submission";
import { makeApprovedChange, makeClaim, makeEvidence, makeUser } from "../support/builders";
import { disputeReport, evidenceSuggestion, solvedProofOfWork, submitAsReader, uniqueClientIp } from "../support/reader-fixtures";
import { EVIDENCE_ACCEPT_FIELDS } from "../support/reader-scenarios";

const count = () => getDb().readerSubmission.count();
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

async function expectGenericRefusal(call: Promise<unknown>, before: number) {
  await expect(call).rejects.toMatchObject({ code: "RATE_LIMITED", message: GENERIC_REFUSAL, fieldErrors: {} });
  expect(await count()).toBe(before);
  expect(warn).toHaveBeenCalledWith(expect.stringContaining("Reader submission refused"));
}

describe("defences", () => {
  it("refuses a filled honeypot, stores nothing and logs it", async () => {
    const claim = await makeClaim();
    const before = await count();
    await expectGenericRefusal(submitAsReader(evidenceSuggestion(claim.id, { website: "https://spam.example" })), before);
    expect(warn.mock.calls[0]![0]).toContain("honeypot");
  });

  it("refuses a missing, forged or replayed proof of work", async () => {
    const claim = await makeClaim();
    const before = await count();
    await expectGenericRefusal(submitReaderSubmission({ ...evidenceSuggestion(claim.id) }, { clientIp: uniqueClientIp() }), before);
    const solved = await solvedProofOfWork();
    const forged = JSON.parse(Buffer.from(solved, "base64").toString());
    forged.solution.derivedKey = forged.solution.derivedKey.replace(/^./, (c: string) => (c === "0" ? "1" : "0"));
    await expectGenericRefusal(
      submitReaderSubmission({ ...evidenceSuggestion(claim.id), altcha: Buffer.from(JSON.stringify(forged)).toString("base64") }, { clientIp: uniqueClientIp() }),
      before,
    );
    await submitReaderSubmission({ ...evidenceSuggestion(claim.id), altcha: solved }, { clientIp: uniqueClientIp() });
    await expectGenericRefusal(submitReaderSubmission({ ...evidenceSuggestion(claim.id), altcha: solved }, { clientIp: uniqueClientIp() }), before + 1);
  });

  it("limits one address, then one claim, whatever the address", async () => {
    const ip = uniqueClientIp();
    for (let i = 0; i < READER_SUBMISSION_LIMITS.perIp.points; i++) await submitAsReader(evidenceSuggestion((await makeClaim()).id), { clientIp: ip });
    const before = await count();
    await expectGenericRefusal(submitAsReader(evidenceSuggestion((await makeClaim()).id), { clientIp: ip }), before);

    const claim = await makeClaim();
    for (let i = 0; i < READER_SUBMISSION_LIMITS.perTarget.points; i++) await submitAsReader(disputeReport(claim.id));
    const full = await count();
    await expectGenericRefusal(submitAsReader(disputeReport(claim.id)), full);
  }, 120_000);

  it.each([
    ["an oversize report", { problem: "x".repeat(4001) }, "problem"],
    ["a javascript: link", { links: "javascript:alert(1)" }, "links.0"],
    ["credentials in a link", { links: "https://user:secret@example.com/a" }, "links.0"],
    ["too many links", { links: Array.from({ length: 6 }, (_, i) => `https://example.com/${i}`).join("\n") }, "links"],
    ["a bad email", { email: "not-an-email" }, "email"],
  ])("refuses %s naming the field, and stores nothing", async (_problem, patch, field) => {
    const claim = await makeClaim();
    const before = await count();
    const error = await submitAsReader(disputeReport(claim.id, patch)).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "INVALID_INPUT" });
    expect(Object.keys((error as { fieldErrors: object }).fieldErrors)).toContain(field);
    expect(await count()).toBe(before);
  });

  it("refuses a data: evidence link and a claim of an unpublished tracker", async () => {
    const claim = await makeClaim();
    await expect(submitAsReader(evidenceSuggestion(claim.id, { url: "data:text/html,hi" }))).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { url: expect.any(Array) } });
    const hidden = await getDb().tracker.create({ data: { slug: `hidden-${claim.id}`, title: "Hidden", question: "Hidden?", proofPoints: { create: [{ key: "p", title: "P", question: "P?", position: 0 }] } }, include: { proofPoints: true } });
    const hiddenClaim = await makeClaim({ proofPointId: hidden.proofPoints[0]!.id });
    await expect(submitAsReader(disputeReport(hiddenClaim.id))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps the email private: never in the audit trail; its confirmation is queued as a job for after commit", async () => {
    const claim = await makeClaim();
    const result = await submitAsReader(disputeReport(claim.id, { email: "reader@example.org" }));
    expect(result.emailGiven).toBe(true);
    const row = await getDb().readerSubmission.findUniqueOrThrow({ where: { id: result.id } });
    expect(row.email).toBe("reader@example.org");
    expect(await getDb().jobOutbox.count({ where: { name: "reader.confirm-email", singletonKey: result.id } })).toBe(1);
    const audit = await getDb().auditEvent.findFirstOrThrow({ where: { entityId: result.id } });
    expect(JSON.stringify(audit.after)).not.toContain("reader@example.org");
  });
});

describe("triage", () => {
  it("shows nothing publicly until accepted; accepting logs the link as evidence linked to the suggestion", async () => {
    const claim = await makeClaim();
    const submitted = await submitAsReader(evidenceSuggestion(claim.id));
    expect((await getPublicClaim({ id: claim.id }))!.evidenceCount).toBe(0);
    const analyst = await makeUser({ roles: ["analyst"] });
    const accepted = await acceptEvidenceSuggestion(analyst, { submissionId: submitted.id, ...EVIDENCE_ACCEPT_FIELDS });
    const publicClaim = (await getPublicClaim({ id: claim.id }))!;
    expect(publicClaim.evidenceCount).toBe(1);
    expect(publicClaim.evidenceByStance.supports[0]).toMatchObject({ id: accepted.evidenceId, title: EVIDENCE_ACCEPT_FIELDS.title });
    expect(await getDb().readerSubmission.findUniqueOrThrow({ where: { id: submitted.id } })).toMatchObject({ state: "accepted", evidenceId: accepted.evidenceId });
    await expect(acceptEvidenceSuggestion(analyst, { submissionId: submitted.id, ...EVIDENCE_ACCEPT_FIELDS })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a refused evidence item leaves the suggestion new", async () => {
    const claim = await makeClaim();
    const submitted = await submitAsReader(evidenceSuggestion(claim.id));
    const analyst = await makeUser({ roles: ["analyst"] });
    await expect(acceptEvidenceSuggestion(analyst, { submissionId: submitted.id, ...EVIDENCE_ACCEPT_FIELDS, title: "" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { title: expect.any(Array) } });
    expect(await getDb().readerSubmission.findUniqueOrThrow({ where: { id: submitted.id } })).toMatchObject({ state: "new", evidenceId: null });
  });

  it("declining needs a reason; the reason, not the report, shows in the corrections log", async () => {
    const claim = await makeClaim();
    const submitted = await submitAsReader(disputeReport(claim.id, { problem: "A private-looking report text that must stay unseen." }));
    const analyst = await makeUser({ roles: ["analyst"] });
    await expect(declineReaderSubmission(analyst, { submissionId: submitted.id, reason: "" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { reason: expect.any(Array) } });
    await declineReaderSubmission(analyst, { submissionId: submitted.id, reason: "The record already says this." });
    const slug = (await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { proofPoint: { select: { tracker: { select: { slug: true } } } } } })).proofPoint.tracker.slug;
    const log = (await listCorrections({ slug }))!;
    expect(log.entries).toEqual([]);
    expect(log.declined).toEqual([expect.objectContaining({ reason: "The record already says this." })]);
    expect(JSON.stringify(log)).not.toContain("must stay unseen");
  });
});

describe("events", () => {
  it("records a workflow event when a submission arrives and when it is decided, naming the submission but never the reader's words", async () => {
    const claim = await makeClaim();
    const submitted = await submitAsReader(disputeReport(claim.id, { problem: "Words of the reader that no event may carry." }));
    const analyst = await makeUser({ roles: ["analyst"] });
    await declineReaderSubmission(analyst, { submissionId: submitted.id, reason: "The record already says this." });

    const events = await getDb().domainEvent.findMany({ where: { subjectId: submitted.id }, orderBy: { occurredAt: "asc" } });
    expect(events.map((event) => [event.kind, event.actorId, event.claimId])).toEqual([
      ["suggestion.received", null, claim.id],
      ["suggestion.decided", analyst.id, claim.id],
    ]);
    expect(events[1]!.data).toMatchObject({ suggestion: { id: submitted.id, kind: "dispute", state: "declined" } });
    expect(JSON.stringify(events)).not.toContain("no event may carry");
  });
});

describe("corrections log and feed", () => {
  it("lists an accepted dispute with what the record said and says after review, and reversals; the feed is well-formed and escaped", async () => {
    const claim = await makeClaim({ statement: `A <script>alert("x")</script> & claim about wafers` });
    const supporting = await makeEvidence({ claimId: claim.id, stance: "supports" });
    await makeApprovedChange({ claimId: claim.id, toStatus: "supported", evidenceIds: [supporting.id] });
    const submitted = await submitAsReader(disputeReport(claim.id));
    const analyst = await makeUser({ roles: ["analyst"] });
    await acceptDispute(analyst, { submissionId: submitted.id, note: "Check the corrected report." });
    const slug = (await getDb().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { proofPoint: { select: { tracker: { select: { slug: true } } } } } })).proofPoint.tracker.slug;

    let log = (await listCorrections({ slug }))!;
    expect(log.entries).toEqual([expect.objectContaining({ kind: "dispute", said: "supported", review: null })]);

    const refuting = await makeEvidence({ claimId: claim.id, stance: "refutes" });
    const reviewer = await makeUser({ roles: ["reviewer"], name: "Rita Reviewer" });
    await makeApprovedChange({ claimId: claim.id, toStatus: "refuted", evidenceIds: [refuting.id], reviewer });
    log = (await listCorrections({ slug }))!;
    expect(log.entries).toEqual([expect.objectContaining({ kind: "dispute", said: "supported", review: expect.objectContaining({ status: "refuted", reviewedBy: "Rita Reviewer" }) })]);

    // A reversal without a report is listed too.
    const other = await makeClaim({ proofPointId: claim.proofPointId });
    const a = await makeEvidence({ claimId: other.id, stance: "supports" });
    await makeApprovedChange({ claimId: other.id, toStatus: "supported", evidenceIds: [a.id] });
    await makeApprovedChange({ claimId: other.id, toStatus: "unverified" });
    log = (await listCorrections({ slug }))!;
    expect(log.entries.map((entry) => entry.kind).sort()).toEqual(["dispute", "reversal"]);
    // A claim's page lists its own corrections only.
    const own = (await listCorrections({ slug, claimId: other.id }))!;
    expect(own.entries).toEqual([expect.objectContaining({ kind: "reversal", claim: expect.objectContaining({ id: other.id }) })]);

    const xml = buildCorrectionsFeed(log, "https://proofboard.example");
    const errors: string[] = [];
    const document = new DOMParser({ onError: (_level, message) => void errors.push(message) }).parseFromString(xml, "application/xml");
    expect(errors).toEqual([]);
    expect(document.getElementsByTagName("entry").length).toBe(2);
    expect(xml).not.toContain("<script>");
    const titles = Array.from(document.getElementsByTagName("title")).map((node) => node.textContent);
    expect(titles.some((title) => title?.includes(`<script>alert("x")</script> & claim`))).toBe(true);
  });
});
