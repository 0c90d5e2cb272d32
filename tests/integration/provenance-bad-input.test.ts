// Bad input to each provenance command gets a 4xx AppError that names the field (or
// NOT_FOUND for an unknown id, CONFLICT for a link that already exists or an item that was
// removed) and changes no row: the whole-database snapshot covers provenance_links,
// provenance_origins, the dismissals and audit_events, and the four are also counted on their
// own so a failure names them. Each case patches one valid input; the controls at the end
// show each valid input works.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { removeEvidence } from "@/lib/server/evidence/remove-evidence";
import { PROVENANCE_COMMANDS } from "@/lib/server/provenance/commands";
import { linkProvenance } from "@/lib/server/provenance/link-provenance";
import { removeProvenanceLink } from "@/lib/server/provenance/remove-provenance-link";
import { makeClaim, makeEvidence, makeUser } from "../support/builders";
import { PROVENANCE_REASON, type ProvenanceCommandName } from "../support/provenance-scenarios";
import { expectAppError, expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";

type Fixtures = Awaited<ReturnType<typeof buildFixtures>>;
type Patch = Record<string, unknown> | ((f: Fixtures) => unknown);
type Case = readonly [problem: string, patch: Patch, field: string];
const NOT_FOUND = "(404 NOT_FOUND)";
const CONFLICT = "(409 CONFLICT)";

async function buildFixtures() {
  const analyst = await makeUser({ roles: ["analyst"] });
  const claim = await makeClaim({ creator: analyst });
  const item = await makeEvidence({ claimId: claim.id, creator: analyst });
  const sibling = await makeEvidence({ claimId: claim.id, creator: analyst });
  const withdrawn = await makeEvidence({ claimId: claim.id, creator: analyst });
  await removeEvidence(analyst, { evidenceId: withdrawn.id, reason: "Logged on the wrong claim." });
  const foreign = await makeEvidence({ claimId: (await makeClaim()).id });
  // A chain parent ← child, so linking the parent to the child would close a circle.
  const parent = await makeEvidence({ claimId: claim.id, creator: analyst });
  const child = await makeEvidence({ claimId: claim.id, creator: analyst });
  await linkProvenance(analyst, { evidenceId: child.id, relation: "republishes", target: `item:${parent.id}`, reason: PROVENANCE_REASON });
  // An item already traced to a named origin, for the duplicate.
  const traced = await makeEvidence({ claimId: claim.id, creator: analyst });
  const { link: tracedLink } = await linkProvenance(analyst, {
    evidenceId: traced.id,
    relation: "traces_to",
    target: "new",
    originName: "Reuters, 17 Dec 2025",
    originUrl: "https://news.example.org/wire/prototype-2025-12-17",
    reason: PROVENANCE_REASON,
  });
  // A live link for removeProvenanceLink, and one already withdrawn.
  const live = await makeEvidence({ claimId: claim.id, creator: analyst });
  const { link: liveLink } = await linkProvenance(analyst, { evidenceId: live.id, relation: "quotes", target: `item:${item.id}`, reason: PROVENANCE_REASON });
  const gone = await makeEvidence({ claimId: claim.id, creator: analyst });
  const { link: goneLink } = await linkProvenance(analyst, { evidenceId: gone.id, relation: "cites", target: `item:${item.id}`, reason: PROVENANCE_REASON });
  await removeProvenanceLink(analyst, { linkId: goneLink.id, reason: "Reported independently after all." });
  return { analyst, claim, item, sibling, withdrawn, foreign, parent, child, traced, tracedLink, liveLink, goneLink };
}

// prettier-ignore
const VALID: Record<ProvenanceCommandName, (f: Fixtures) => Record<string, unknown>> = {
  linkProvenance:              (f) => ({ evidenceId: f.item.id, relation: "republishes", target: "new", originName: "AFP wire, 18 Dec 2025", originUrl: "https://wire.example.org/afp/prototype", reason: PROVENANCE_REASON }),
  removeProvenanceLink:        (f) => ({ linkId: f.liveLink.id, reason: "The quote was found in an earlier interview." }),
  dismissProvenanceSuggestion: (f) => ({ evidenceId: f.item.id, kind: "similar_quote", candidate: f.sibling.id }),
};

const link = (f: Fixtures, patch: Record<string, unknown>) => ({ ...VALID.linkProvenance(f), ...patch });

// prettier-ignore
const CASES: Record<ProvenanceCommandName, Case[]> = {
  linkProvenance: [
    ["evidenceId missing", { evidenceId: undefined }, "evidenceId"],
    ["evidenceId empty", { evidenceId: "" }, "evidenceId"],
    ["evidenceId only spaces", { evidenceId: "   " }, "evidenceId"],
    ["evidenceId a number", { evidenceId: 42 }, "evidenceId"],
    ["evidenceId over 64 characters", { evidenceId: "e".repeat(65) }, "evidenceId"],
    ["evidenceId with a NUL character", { evidenceId: "ev\u0000" }, "evidenceId"],
    ["evidenceId unknown", { evidenceId: "ev_does_not_exist" }, NOT_FOUND],
    ["evidenceId of a removed item", (f) => link(f, { evidenceId: f.withdrawn.id }), CONFLICT],
    ["relation missing", { relation: undefined }, "relation"],
    ["relation \"copies\"", { relation: "copies" }, "relation"],
    ["relation \"traces to\" with a space", { relation: "traces to" }, "relation"],
    ["relation a number", { relation: 1 }, "relation"],
    ["target missing", { target: undefined }, "target"],
    ["target empty", { target: "" }, "target"],
    ["target a bare id", (f) => link(f, { target: f.sibling.id }), "target"],
    ["target with an id over 64 characters", (f) => link(f, { target: `item:${f.sibling.id}${"x".repeat(64)}` }), "target"],
    ["target \"item:\" without an id", { target: "item:" }, "target"],
    ["target of an unknown kind", (f) => link(f, { target: `source:${f.sibling.id}` }), "target"],
    ["target a number", { target: 7 }, "target"],
    ["target an object", (f) => link(f, { target: { kind: "item", id: f.sibling.id } }), "target"],
    ["target the item itself", (f) => link(f, { target: `item:${f.item.id}` }), "target"],
    ["target an item of another claim", (f) => link(f, { target: `item:${f.foreign.id}` }), "target"],
    ["target a removed item", (f) => link(f, { target: `item:${f.withdrawn.id}` }), "target"],
    ["target closing a circle", (f) => link(f, { evidenceId: f.parent.id, target: `item:${f.child.id}` }), "target"],
    ["target an unknown item", { target: "item:ev_does_not_exist" }, NOT_FOUND],
    ["target an unknown origin", { target: "origin:po_does_not_exist" }, NOT_FOUND],
    ["target an origin it already traces to", (f) => link(f, { evidenceId: f.traced.id, target: `origin:${f.tracedLink.originId}` }), CONFLICT],
    ["target \"new\" naming the origin it already traces to", (f) => link(f, { evidenceId: f.traced.id, originName: "reuters, 17 dec 2025", originUrl: "https://news.example.org/wire/prototype-2025-12-17" }), CONFLICT],
    ["target an item it already derives from", (f) => link(f, { evidenceId: f.child.id, target: `item:${f.parent.id}` }), CONFLICT],
    ["originName missing with target \"new\"", { originName: undefined }, "originName"],
    ["originName empty with target \"new\"", { originName: "" }, "originName"],
    ["originName one character", { originName: "R" }, "originName"],
    ["originName over 200 characters", { originName: "R".repeat(201) }, "originName"],
    ["originName with a NUL character", { originName: "Reuters\u0000" }, "originName"],
    ["originName a number", { originName: 2025 }, "originName"],
    ["originUrl ftp", { originUrl: "ftp://files.example.com/wire.txt" }, "originUrl"],
    ["originUrl javascript", { originUrl: "javascript:alert(1)" }, "originUrl"],
    ["originUrl not a URL", { originUrl: "Reuters website" }, "originUrl"],
    ["originUrl a number", { originUrl: 17 }, "originUrl"],
    ["reason missing", { reason: undefined }, "reason"],
    ["reason empty", { reason: "" }, "reason"],
    ["reason two characters", { reason: "ok" }, "reason"],
    ["reason over 1,000 characters", { reason: "r".repeat(1001) }, "reason"],
    ["reason with a NUL character", { reason: "Same\u0000wire" }, "reason"],
    ["input a string, not an object", () => "link these", "input"],
  ],
  removeProvenanceLink: [
    ["linkId missing", { linkId: undefined }, "linkId"],
    ["linkId empty", { linkId: "" }, "linkId"],
    ["linkId a number", { linkId: 3 }, "linkId"],
    ["linkId over 64 characters", { linkId: "l".repeat(65) }, "linkId"],
    ["reason a number", { reason: 5 }, "reason"],
    ["linkId with a NUL character", { linkId: "pl\u0000" }, "linkId"],
    ["linkId unknown", { linkId: "pl_does_not_exist" }, NOT_FOUND],
    ["linkId of a link already withdrawn", (f) => ({ linkId: f.goneLink.id }), CONFLICT],
    ["reason over 500 characters", { reason: "r".repeat(501) }, "reason"],
    ["reason with a NUL character", { reason: "Wrong\u0000" }, "reason"],
    ["input a list", (f) => [f.liveLink.id], "input"],
  ],
  dismissProvenanceSuggestion: [
    ["evidenceId missing", { evidenceId: undefined }, "evidenceId"],
    ["evidenceId empty", { evidenceId: "" }, "evidenceId"],
    ["evidenceId a number", { evidenceId: 9 }, "evidenceId"],
    ["evidenceId unknown", { evidenceId: "ev_does_not_exist" }, NOT_FOUND],
    ["evidenceId of a removed item", (f) => ({ ...VALID.dismissProvenanceSuggestion(f), evidenceId: f.withdrawn.id }), CONFLICT],
    ["kind missing", { kind: undefined }, "kind"],
    ["kind \"same_quote\"", { kind: "same_quote" }, "kind"],
    ["kind in capitals", { kind: "SIMILAR_QUOTE" }, "kind"],
    ["kind a number", { kind: 2 }, "kind"],
    ["candidate missing", { candidate: undefined }, "candidate"],
    ["candidate empty", { candidate: "" }, "candidate"],
    ["candidate over 200 characters", { candidate: "c".repeat(201) }, "candidate"],
    ["candidate with a NUL character", { candidate: "Reuters\u0000" }, "candidate"],
    ["input null", () => null, "input"],
  ],
};

let f: Fixtures;
beforeAll(async () => {
  f = await buildFixtures();
});

function inputFor(name: ProvenanceCommandName, patch: Patch): unknown {
  return typeof patch === "function" ? patch(f) : { ...VALID[name](f), ...patch };
}
const run = (name: ProvenanceCommandName, input: unknown) => (PROVENANCE_COMMANDS[name] as (actor: Actor, input: unknown) => Promise<unknown>)(f.analyst, input);

const provenanceRows = async () => {
  const db = getDb();
  const [links, origins, dismissals, audit] = await Promise.all([
    db.provenanceLink.count(),
    db.provenanceOrigin.count(),
    db.provenanceSuggestionDismissal.count(),
    db.auditEvent.count(),
  ]);
  return { links, origins, dismissals, audit };
};

const NOT_FOUND_MESSAGE = /^The (evidence item|item it derives from|origin|provenance link) was not found\.$/;

describe.each(Object.keys(CASES) as ProvenanceCommandName[])("%s", (name) => {
  it.each(CASES[name].map(([problem, patch, field]) => ({ problem, patch, field })))("$problem → $field", async ({ patch, field }) => {
    const before = await snapshotDatabase();
    const rowsBefore = await provenanceRows();
    const call = run(name, inputFor(name, patch));
    if (field === NOT_FOUND) {
      const error = await expectAppError(call, "NOT_FOUND");
      expect(error.message).toMatch(NOT_FOUND_MESSAGE);
    } else if (field === CONFLICT) {
      const error = await expectAppError(call, "CONFLICT");
      expect(error.status).toBe(409);
      expect(error.message).toMatch(/nothing was saved\.$/);
    } else {
      const error = await expectAppError(call, "INVALID_INPUT");
      expect(error.status).toBe(400);
      expect(Object.keys(error.fieldErrors), error.message).toContain(field);
      const messages = error.fieldErrors[field]!;
      // Human words: the app's own messages, not zod's "Invalid input: expected string". A
      // whole input of the wrong shape comes from a client, never a form, and keeps zod's.
      if (field !== "input") expect(messages.every((message) => message.length > 3 && !/invalid input|expected \w+, received/i.test(message)), messages.join(" | ")).toBe(true);
    }
    expect(await provenanceRows()).toEqual(rowsBefore);
    await expectDatabaseUnchanged(before);
  });
});

describe("controls: each command accepts its unpatched input", () => {
  it.each(Object.keys(VALID) as ProvenanceCommandName[])("%s", async (name) => {
    const before = await provenanceRows();
    await expect(run(name, VALID[name](f))).resolves.toBeDefined();
    const after = await provenanceRows();
    expect(after.audit).toBeGreaterThan(before.audit);
  });
});

afterAll(() => {
  const lines = (Object.keys(CASES) as ProvenanceCommandName[]).map(
    (name) => `- ${name} (${CASES[name].length}): ${CASES[name].map(([problem, , field]) => `${problem} → ${field}`).join("; ")}`,
  );
  console.log(["Provenance bad-input cases per command:", ...lines].join("\n"));
});
