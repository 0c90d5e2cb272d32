// The Atom feeds parse and carry the approved changes; the CSV and JSON exports
// hold a tracker's claims, evidence and history, quoted properly and safe to open in a
// spreadsheet; the badge and widget render the headline.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { evidenceInput, makeApprovedChange, makeClaim, makeTracker, makeUser, RATIONALE } from "../support/builders";
import { csvRecords } from "../support/csv";
import { get, getJson } from "../support/public-routes";

const HOSTILE_STATEMENT = '=HYPERLINK("https://evil.example/steal","Click for details, now")';
const HOSTILE_CLAIMANT = "+cmd|' /C calc'!A0";
const MULTILINE_QUOTE = '-2+3 first line, "quoted"\nsecond line';

let slug: string;
let plainClaimId: string;
let hostileClaimId: string;

beforeAll(async () => {
  const tracker = await makeTracker({ proofPoints: 2 });
  slug = tracker.slug;
  const analyst = await makeUser({ roles: ["analyst"] });
  plainClaimId = (await makeClaim({ proofPointId: tracker.proofPoints[0]!.id })).id;
  const hostile = await makeClaim({ proofPointId: tracker.proofPoints[1]!.id, statement: HOSTILE_STATEMENT });
  hostileClaimId = hostile.id;
  await addEvidence(analyst, evidenceInput(hostileClaimId, { quote: MULTILINE_QUOTE, stance: "context" }));
  await makeApprovedChange({ claimId: plainClaimId, toStatus: "partially_supported" });
  await makeApprovedChange({ claimId: plainClaimId, toStatus: "supported" });
  // The claimant cannot be set through makeClaim; a raw update stands in for an edit.
  const { getDb } = await import("@/lib/db/client");
  await getDb().claim.update({ where: { id: hostileClaimId }, data: { claimant: HOSTILE_CLAIMANT } });
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
type AtomText = { "#text": string; "@type": string };
type AtomEntry = { id: string; title: AtomText; updated: string; link: { "@href": string }; summary: AtomText };

async function fetchFeed(path: string) {
  const response = await get(path);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml) as { feed: Record<string, unknown> };
  const entries = ([] as AtomEntry[]).concat((feed.entry as AtomEntry | AtomEntry[] | undefined) ?? []);
  return { feed, entries };
}

describe("Atom feeds", () => {
  it("a tracker's feed lists its approved changes, newest first, linking to the claim", async () => {
    const { feed, entries } = await fetchFeed(`/trackers/${slug}/feed.xml`);
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`http://localhost:3000/trackers/${slug}/feed.xml`);
    expect((feed.title as AtomText)["#text"]).toContain("approved status changes");
    const links = ([] as { "@rel": string; "@href": string }[]).concat(feed.link as never);
    expect(links).toContainEqual({ "@rel": "self", "@href": `http://localhost:3000/trackers/${slug}/feed.xml` });

    expect(entries.map((entry) => entry.title["#text"])).toEqual([
      expect.stringMatching(/^Partially supported → Supported: /),
      expect.stringMatching(/^Unverified → Partially supported: /),
    ]);
    for (const entry of entries) {
      expect(entry.id).toMatch(/^urn:proofboard:status-change:/);
      expect(entry.link["@href"]).toBe(`http://localhost:3000/claims/${plainClaimId}`);
      expect(new Date(entry.updated).toISOString()).toBe(entry.updated);
      expect(entry.summary["#text"]).toContain(RATIONALE);
    }
    expect(feed.updated).toBe(entries[0]!.updated);
  });

  it("the site-wide feed includes every published tracker's changes", async () => {
    const { entries } = await fetchFeed("/feed.xml");
    expect(entries.filter((entry) => entry.link["@href"].endsWith(plainClaimId))).toHaveLength(2);
  });

  it("an unknown tracker's feed is a 404", async () => {
    expect((await get("/trackers/no-such-tracker/feed.xml")).status).toBe(404);
  });
});

describe("CSV exports", () => {
  it("claims: one row per claim, formula-like text neutralized, as a named download", async () => {
    const response = await get(`/trackers/${slug}/export.csv?table=claims`);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-claims.csv"`);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    const rows = csvRecords(await response.text());
    expect(rows.map((row) => row.claim_id).sort()).toEqual([plainClaimId, hostileClaimId].sort());
    const hostile = rows.find((row) => row.claim_id === hostileClaimId)!;
    expect(hostile.statement).toBe(`'${HOSTILE_STATEMENT}`);
    expect(hostile.claimant).toBe(`'${HOSTILE_CLAIMANT}`);
    const plain = rows.find((row) => row.claim_id === plainClaimId)!;
    expect(plain).toMatchObject({ status: "supported", tracker: slug, demo_data: "false", evidence_count: "2", needs_re_review: "false" });
    expect(plain.url).toBe(`http://localhost:3000/claims/${plainClaimId}`);
  });

  it("evidence: quotes with commas, quote marks and line breaks survive the round trip", async () => {
    const rows = csvRecords(await (await get(`/trackers/${slug}/export.csv?table=evidence`)).text());
    const item = rows.find((row) => row.claim_id === hostileClaimId)!;
    expect(item.quote).toBe(`'${MULTILINE_QUOTE}`);
    expect(item).toMatchObject({ stance: "context", reliability: "F", credibility: "3", admiralty_code: "F3" });
  });

  it("history: every approved change with its rationale and citations", async () => {
    const rows = csvRecords(await (await get(`/trackers/${slug}/export.csv?table=history`)).text());
    expect(rows.map((row) => [row.from_status, row.to_status])).toEqual([
      ["unverified", "partially_supported"],
      ["partially_supported", "supported"],
    ]);
    expect(rows[1]!.cited_evidence_ids).toMatch(/^\S+$/);
  });

  it("an unknown table is a 400 naming the parameter", async () => {
    const { status, body } = await getJson(`/trackers/${slug}/export.csv?table=users`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: { fieldErrors: { table: [expect.stringContaining("claims, evidence, history")] } } });
  });
});

describe("JSON export", () => {
  it("nests evidence and history under each claim", async () => {
    const response = await get(`/trackers/${slug}/export.json`);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${slug}-data.json"`);
    const data = (await response.json()) as {
      tracker: { slug: string };
      claims: { id: string; statement: string; evidence: unknown[]; history: unknown[] }[];
    };
    expect(data.tracker.slug).toBe(slug);
    const plain = data.claims.find((claim) => claim.id === plainClaimId)!;
    // Partially supported and supported each needed one cited supporting item (rule 4).
    expect(plain.evidence).toHaveLength(2);
    expect(plain).toMatchObject({ needsReReview: null, meetsCriteria: true });
    expect(plain.history).toHaveLength(2);
    // JSON is not a spreadsheet: text stays exactly as written.
    expect(data.claims.find((claim) => claim.id === hostileClaimId)!.statement).toBe(HOSTILE_STATEMENT);
  });
});

describe("badge and widget", () => {
  it("the badge shows the headline with the default or a given label, escaped", async () => {
    const svg = await (await get(`/trackers/${slug}/badge.svg`)).text();
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(">1 of 2<");
    const labelled = await (await get(`/trackers/${slug}/badge.svg?label=${encodeURIComponent("Test <proof> points")}`)).text();
    expect(labelled).toContain(">Test &lt;proof&gt; points<");
    expect(XMLValidator.validate(labelled)).toBe(true);
  });

  it("a label over 40 characters is shortened, not refused", async () => {
    const response = await get(`/trackers/${slug}/badge.svg?label=${encodeURIComponent(`${"Lithography ".repeat(8)}end`)}`);
    expect(response.status).toBe(200);
    const svg = await response.text();
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain(">Lithography Lithography Lithography…<");
    expect(svg).toMatch(/>as of \d{1,2} [A-Z][a-z]{2} \d{4}</);
  });

  it("a label that is empty or not printable is a 400 naming it", async () => {
    for (const label of ["", "bell\u0007"]) {
      const { status, body } = await getJson(`/trackers/${slug}/badge.svg?label=${encodeURIComponent(label)}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ error: { fieldErrors: { label: expect.any(Array) } } });
    }
  });

  it("the widget is a small HTML page with the headline and every proof point", async () => {
    const response = await get(`/trackers/${slug}/widget`);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain("1 of 2 boxes ticked");
    expect(html).toMatch(/as of <time datetime="\d{4}-\d{2}-\d{2}T[^"]+">\d{1,2} [A-Z][a-z]{2} \d{4}<\/time>/);
    expect(html).toContain("Proof point 1");
    expect(html).not.toContain("<script");
  });
});
