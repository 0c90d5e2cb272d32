// Provenance links on a real database: what they do to a claim's independent-origin counts
// (the tally and the public read), to the evidence balance and to an approved verdict, which
// derivations are suggested, and who may link. Every test builds its own claim and items.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { ORIGIN_REPEAT_WEIGHT } from "@/lib/domain/evidence-balance";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { approveProposal } from "@/lib/server/proposals/approve-proposal";
import { proposeStatusChange } from "@/lib/server/proposals/propose-status-change";
import { PROVENANCE_COMMANDS } from "@/lib/server/provenance/commands";
import { dismissProvenanceSuggestion } from "@/lib/server/provenance/dismiss-provenance-suggestion";
import { linkProvenance } from "@/lib/server/provenance/link-provenance";
import { removeProvenanceLink } from "@/lib/server/provenance/remove-provenance-link";
import { suggestDerivations } from "@/lib/server/provenance/suggest-derivations";
import { postgresCaptureStore } from "@/lib/server/capture/capture-store";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { evidenceInput, makeClaim, makeUser, RATIONALE, uniqueToken } from "../support/builders";
import { PROVENANCE_REASON, PROVENANCE_VALID_CALLS, type ProvenanceCommandName } from "../support/provenance-scenarios";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";
import { makeSource } from "../support/workspace-builders";

const REUTERS = { name: "Reuters, 17 Dec 2025", url: "https://news.example.org/wire/prototype-wafers-2025-12-17" };

/** An item from an outlet of its own (graded B, so it weighs), without a quote unless given one. */
async function logItem(analyst: Actor, claimId: string, overrides: Record<string, unknown> = {}) {
  const source = await makeSource({ grade: "B" });
  return addEvidence(analyst, evidenceInput(claimId, { url: `https://${source.domain}/story/${uniqueToken()}`, quote: "", ...overrides }));
}

async function claimWithItems(count: number) {
  const analyst = await makeUser({ roles: ["analyst"] });
  const claim = await makeClaim({ creator: analyst });
  const items = [];
  for (let i = 0; i < count; i++) items.push(await logItem(analyst, claim.id));
  return { analyst, claim, items };
}

const traceTo = (analyst: Actor, evidenceId: string, origin: { name: string; url?: string } = REUTERS) =>
  linkProvenance(analyst, { evidenceId, relation: "traces_to", target: "new", originName: origin.name, originUrl: origin.url, reason: PROVENANCE_REASON });
const derive = (analyst: Actor, evidenceId: string, parentId: string, relation = "republishes") =>
  linkProvenance(analyst, { evidenceId, relation, target: `item:${parentId}`, reason: PROVENANCE_REASON });

const tally = (claimId: string) => getDb().claimEvidenceTally.findUniqueOrThrow({ where: { claimId } });

describe("independent-origin counts", () => {
  it("two outlets traced to one named origin drop the supporting origins from 3 to 2, in the tally and the public read; removing a link restores 3", async () => {
    const { analyst, claim, items } = await claimWithItems(3);
    expect(await tally(claim.id)).toMatchObject({ supports: 3, supportOrigins: 3 });

    await traceTo(analyst, items[0]!.id);
    const { link } = await traceTo(analyst, items[1]!.id);
    expect(await tally(claim.id)).toMatchObject({ supports: 3, supportOrigins: 2, refuteOrigins: 0, contextOrigins: 0 });
    const page = (await getPublicClaim({ id: claim.id }))!;
    expect(page.originCounts.supports).toEqual({ items: 3, origins: 2 });
    expect(page.balance.originCount).toBe(2);
    const shown = page.evidenceByStance.supports.find((item) => item.id === items[1]!.id)!;
    expect(shown.derivedFrom.map((l) => l.origin?.name)).toEqual([REUTERS.name]);

    await removeProvenanceLink(analyst, { linkId: link.id, reason: "Its own correspondent reported it." });
    expect(await tally(claim.id)).toMatchObject({ supports: 3, supportOrigins: 3 });
    const after = (await getPublicClaim({ id: claim.id }))!;
    expect(after.originCounts.supports).toEqual({ items: 3, origins: 3 });
    expect(after.balance.originCount).toBe(3);
  });

  it("the same origin name and URL typed twice (any case) is one ProvenanceOrigin row; another URL is another origin", async () => {
    const { analyst, items } = await claimWithItems(3);
    const first = await traceTo(analyst, items[0]!.id);
    const second = await traceTo(analyst, items[1]!.id, { name: REUTERS.name.toUpperCase(), url: REUTERS.url });
    expect(second.link.originId).toBe(first.link.originId);
    expect(await getDb().provenanceOrigin.count({ where: { name: { equals: REUTERS.name, mode: "insensitive" } } })).toBe(1);
    const third = await traceTo(analyst, items[2]!.id, { name: REUTERS.name, url: "https://news.example.org/wire/another-story" });
    expect(third.link.originId).not.toBe(first.link.originId);
  });

  it("item-to-item links and chains collapse to one origin; a link that would close a circle is refused and changes nothing", async () => {
    const { analyst, claim, items } = await claimWithItems(3);
    const [a, b, c] = items as [(typeof items)[0], (typeof items)[0], (typeof items)[0]];
    await derive(analyst, b.id, a.id);
    expect((await tally(claim.id)).supportOrigins).toBe(2);
    await derive(analyst, c.id, b.id, "quotes");
    expect((await tally(claim.id)).supportOrigins).toBe(1);
    expect((await getPublicClaim({ id: claim.id }))!.originCounts.supports).toEqual({ items: 3, origins: 1 });

    const before = await snapshotDatabase();
    const error = await expectAppError(derive(analyst, a.id, c.id), "INVALID_INPUT");
    expect(error.fieldErrors.target?.[0]).toMatch(/circle/);
    await expectDatabaseUnchanged(before);
  });
});

describe("origin-weighted balance", () => {
  it("a repeat of one origin adds only ORIGIN_REPEAT_WEIGHT of its weight", async () => {
    const { analyst, claim, items } = await claimWithItems(2);
    const before = (await getPublicClaim({ id: claim.id }))!.balance;
    const weights = before.contributions.map((c) => c.baseWeight).sort((x, y) => y - x);
    expect(weights).toHaveLength(2);
    expect(weights.every((w) => w > 0)).toBe(true);
    expect(before.support).toBeCloseTo(weights[0]! + weights[1]!, 10);

    await derive(analyst, items[1]!.id, items[0]!.id);
    const after = (await getPublicClaim({ id: claim.id }))!.balance;
    expect(after.support).toBeCloseTo(weights[0]! + ORIGIN_REPEAT_WEIGHT * weights[1]!, 10);
    expect(after.support).toBeLessThan(before.support);
    expect(after.contributions.filter((c) => c.originRepeat)).toHaveLength(1);
    expect(after.originCount).toBe(1);
  });
});

describe("re-review", () => {
  async function approvedOn(cited: string, claimId: string, analyst: Actor) {
    const reviewer = await makeUser({ roles: ["reviewer"] });
    const proposal = await proposeStatusChange(analyst, { claimId, toStatus: "supported", rationale: RATIONALE, evidenceIds: [cited] });
    await approveProposal(reviewer, { proposalId: proposal.id, meetsCriteria: true });
  }
  const claimRow = (id: string) => getDb().claim.findUniqueOrThrow({ where: { id } });

  it("a link that joins a cited item's origin flags the approved claim, whose status stands", async () => {
    const { analyst, claim, items } = await claimWithItems(2);
    await approvedOn(items[0]!.id, claim.id, analyst);
    expect((await claimRow(claim.id)).reReviewSince).toBeNull();

    const { flaggedClaimIds } = await derive(analyst, items[1]!.id, items[0]!.id);
    expect(flaggedClaimIds).toEqual([claim.id]);
    const row = await claimRow(claim.id);
    expect(row).toMatchObject({ status: "supported", reReviewSince: expect.any(Date) });
    expect(row.reReviewReason).toMatch(/provenance of cited evidence/);
    expect(await getDb().auditEvent.count({ where: { action: "claim.flag-re-review", entityId: claim.id } })).toBe(1);
  });

  it("a link between two items the verdict does not rest on leaves the claim unflagged", async () => {
    const { analyst, claim, items } = await claimWithItems(3);
    await approvedOn(items[0]!.id, claim.id, analyst);
    const { flaggedClaimIds } = await derive(analyst, items[2]!.id, items[1]!.id);
    expect(flaggedClaimIds).toEqual([]);
    expect((await claimRow(claim.id)).reReviewSince).toBeNull();
  });
});

describe("suggested derivations", () => {
  const QUOTE = "The prototype exposed patterned wafers at a 7 nm-class node, two engineers said on Tuesday.";
  const NEAR_QUOTE = "The prototype exposed patterned wafers at a 7nm-class node, two engineers said Tuesday.";

  async function captured(evidenceId: string, options: { text?: string; html?: string; url: string }) {
    const bodyKey = options.html
      ? await postgresCaptureStore.put(Buffer.from(options.html), createHash("sha256").update(options.html).digest("hex"))
      : null;
    await getDb().evidenceCapture.create({
      data: {
        evidenceId,
        outcome: "captured",
        requestedUrl: options.url,
        finalUrl: options.url,
        httpStatus: 200,
        contentType: "text/html; charset=utf-8",
        bodyKey,
        readableText: options.text ?? "",
        quoteCheck: "no_quote",
      },
    });
  }

  const kinds = async (analyst: Actor, claimId: string) =>
    (await suggestDerivations(analyst, claimId)).map((s) => `${s.kind}:${s.evidenceId}:${s.candidate}`).sort();

  it("offers each of the four signals, without creating any link", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const claim = await makeClaim({ creator: analyst });
    const other = await makeClaim({ creator: analyst });
    const original = await logItem(analyst, claim.id, { quote: QUOTE, publishedAt: "2025-12-16" });
    const copy = await logItem(analyst, claim.id, { quote: NEAR_QUOTE, publishedAt: "2025-12-18" });
    const shared = await logItem(analyst, claim.id);
    const elsewhere = await logItem(analyst, other.id, { url: shared.url });
    const wire = await logItem(analyst, claim.id);
    await captured(wire.id, { url: wire.url, text: "LONDON (Reuters) - The prototype team said on Tuesday that wafers were exposed." });
    const citing = await logItem(analyst, claim.id);
    await captured(citing.id, { url: citing.url, html: `<html><body><p>As <a href="${original.url}">first reported</a>.</p></body></html>` });

    const before = await snapshotDatabase();
    const found = await kinds(analyst, claim.id);
    expect(found).toEqual(
      expect.arrayContaining([
        `similar_quote:${copy.id}:${original.id}`,
        `same_url:${shared.id}:${elsewhere.id}`,
        `wire_marker:${wire.id}:Reuters`,
        `page_link:${citing.id}:${original.id}`,
      ]),
    );
    expect(found, found.join("\n")).toHaveLength(4);
    await expectDatabaseUnchanged(before);
  });

  it("a dismissed suggestion never reappears, and one a link already covers is not shown", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const claim = await makeClaim({ creator: analyst });
    const original = await logItem(analyst, claim.id, { quote: QUOTE, publishedAt: "2025-12-16" });
    const copy = await logItem(analyst, claim.id, { quote: NEAR_QUOTE, publishedAt: "2025-12-18" });
    const wire = await logItem(analyst, claim.id);
    await captured(wire.id, { url: wire.url, text: "WASHINGTON (Reuters) - Engineers described the exposed wafers." });
    expect(await kinds(analyst, claim.id)).toEqual([`similar_quote:${copy.id}:${original.id}`, `wire_marker:${wire.id}:Reuters`].sort());

    await dismissProvenanceSuggestion(analyst, { evidenceId: copy.id, kind: "similar_quote", candidate: original.id });
    expect(await kinds(analyst, claim.id)).toEqual([`wire_marker:${wire.id}:Reuters`]);
    // Dismissing again changes nothing and the suggestion stays gone.
    expect((await dismissProvenanceSuggestion(analyst, { evidenceId: copy.id, kind: "similar_quote", candidate: original.id })).changed).toBe(false);

    await traceTo(analyst, wire.id);
    expect(await kinds(analyst, claim.id)).toEqual([]);
    expect(await getDb().provenanceLink.count({ where: { claimId: claim.id } })).toBe(1);
  });

  it("the same article elsewhere: once this item traces to an origin, the suggestion moves to the other claim's copy", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const claim = await makeClaim({ creator: analyst });
    const other = await makeClaim({ creator: analyst });
    const here = await logItem(analyst, claim.id);
    const elsewhere = await logItem(analyst, other.id, { url: here.url });
    expect(await kinds(analyst, claim.id)).toEqual([`same_url:${here.id}:${elsewhere.id}`]);

    const { link } = await traceTo(analyst, here.id);
    expect(await kinds(analyst, claim.id)).toEqual([]);
    const offered = (await suggestDerivations(analyst, other.id)).filter((suggestion) => suggestion.kind === "same_url");
    expect(offered.map((suggestion) => [suggestion.evidenceId, suggestion.proposal.target])).toEqual([[elsewhere.id, `origin:${link.originId}`]]);
  });

  it("a near-identical quote already joined by a link is not suggested", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const claim = await makeClaim({ creator: analyst });
    const original = await logItem(analyst, claim.id, { quote: QUOTE, publishedAt: "2025-12-16" });
    const copy = await logItem(analyst, claim.id, { quote: NEAR_QUOTE, publishedAt: "2025-12-18" });
    expect(await kinds(analyst, claim.id)).toEqual([`similar_quote:${copy.id}:${original.id}`]);
    await traceTo(analyst, copy.id);
    await traceTo(analyst, original.id);
    expect(await kinds(analyst, claim.id)).toEqual([]);
  });
});

describe("authorization", () => {
  it.each(Object.keys(PROVENANCE_COMMANDS) as ProvenanceCommandName[])("%s refuses a reader and a signed-in user without roles, changing nothing", async (name) => {
    const input = await PROVENANCE_VALID_CALLS[name]();
    const noRoles = await makeUser({ roles: [] });
    const command = PROVENANCE_COMMANDS[name] as (actor: Actor | null, input: unknown) => Promise<unknown>;
    const before = await snapshotDatabase();
    await expectAppError(command(null, input), "UNAUTHENTICATED");
    await expectAppError(command(noRoles, input), "FORBIDDEN");
    await expectDatabaseUnchanged(before);
    // The same input from an analyst goes through: the refusals were about the actor.
    await expect(command(await makeUser({ roles: ["analyst"] }), input)).resolves.toBeDefined();
  });

  it("suggestions are for the workspace: a reader is refused", async () => {
    const { claim } = await claimWithItems(1);
    await expectAppError(suggestDerivations(null, claim.id), "UNAUTHENTICATED");
  });
});
