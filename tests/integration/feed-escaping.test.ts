// Hostile titles, statements, claimants and rationales stay text in both Atom feeds, and
// the documents stay well-formed for a strict XML parser (one that rejects what browsers
// and feed readers reject, not a lenient validator).
import { DOMParser, type Element } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { makeApprovedChange, makeClaim, makeTracker } from "../support/builders";
import { get } from "../support/public-routes";

const ATOM = "http://www.w3.org/2005/Atom";
const SCRIPT_STATEMENT = "Probe <img src=x onerror=alert(1)> & <script>alert(2)</script> ]]> \"quoted\" 'single'";
const POINT_TITLE = 'Yield < 50% & "rising" ]]>';
const TRACKER_TITLE = "Tracker <b>bold</b> & co";
const CLAIMANT = "<svg onload=alert(3)>";
const CONTROL_STATEMENT = "Bell \u0007 and form feed \u000c inside";

let slug: string;
let scriptClaimId: string;

beforeAll(async () => {
  const tracker = await makeTracker({ proofPoints: 2 });
  slug = tracker.slug;
  // Raw updates stand in for edits: the builders take defaults for these fields.
  await getDb().tracker.update({ where: { id: tracker.id }, data: { title: TRACKER_TITLE } });
  await getDb().proofPoint.update({ where: { id: tracker.proofPoints[0]!.id }, data: { title: POINT_TITLE } });
  const scriptClaim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id, statement: SCRIPT_STATEMENT });
  scriptClaimId = scriptClaim.id;
  await getDb().claim.update({ where: { id: scriptClaimId }, data: { claimant: CLAIMANT } });
  await makeApprovedChange({ claimId: scriptClaimId, toStatus: "partially_supported" });
  const controlClaim = await makeClaim({ proofPointId: tracker.proofPoints[1]!.id });
  await getDb().claim.update({ where: { id: controlClaim.id }, data: { statement: CONTROL_STATEMENT } });
  await makeApprovedChange({ claimId: controlClaim.id, toStatus: "disputed" });
});

/** Parses with every warning and error as a failure. */
function strictParse(xml: string) {
  const problems: string[] = [];
  const document = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(
    xml,
    "application/xml",
  );
  expect(problems).toEqual([]);
  return document;
}

async function feedEntries(path: string) {
  const response = await get(path);
  expect(response.status).toBe(200);
  const document = strictParse(await response.text());
  expect(document.documentElement?.namespaceURI).toBe(ATOM);
  return { document, entries: Array.from(document.getElementsByTagNameNS(ATOM, "entry")) };
}

function child(element: Element, name: string): Element {
  const found = Array.from(element.getElementsByTagNameNS(ATOM, name))[0];
  expect(found, `<${name}>`).toBeDefined();
  return found!;
}

describe.each([
  ["the tracker's feed", () => `/trackers/${slug}/feed.xml`],
  ["the site-wide feed", () => "/feed.xml"],
])("%s with hostile text", (_name, path) => {
  it("is well-formed for a strict parser and keeps every field as text", async () => {
    const { entries } = await feedEntries(path());
    const entry = entries.find((candidate) => child(candidate, "link").getAttribute("href")!.endsWith(scriptClaimId));
    expect(entry).toBeDefined();

    const title = child(entry!, "title");
    expect(title.getAttribute("type")).toBe("text");
    expect(title.textContent).toContain(SCRIPT_STATEMENT);

    const category = child(entry!, "category");
    expect(category.getAttribute("label")).toBe(POINT_TITLE);

    const summary = child(entry!, "summary");
    expect(summary.getAttribute("type")).toBe("text");
    expect(summary.textContent).toContain(POINT_TITLE);

    // The HTML body, once a reader decodes the XML, holds the hostile text as escaped text only.
    const content = child(entry!, "content");
    expect(content.getAttribute("type")).toBe("html");
    const html = content.textContent!;
    expect(html).not.toMatch(/<img|<script|<svg/i);
    expect(html).toContain("Probe &lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&lt;svg onload=alert(3)&gt;");
  });

  it("drops characters XML cannot carry instead of breaking the document", async () => {
    const { entries } = await feedEntries(path());
    const titles = entries.map((entry) => child(entry, "title").textContent!);
    expect(titles).toContainEqual(expect.stringContaining("Bell  and form feed  inside"));
  });
});

it("the tracker's own title is escaped in the feed's title", async () => {
  const { document } = await feedEntries(`/trackers/${slug}/feed.xml`);
  const feedTitle = Array.from(document.documentElement!.childNodes).find((node) => node.nodeName === "title");
  expect(feedTitle?.textContent).toBe(`${TRACKER_TITLE}: approved status changes`);
});

it("the strict parser used here does reject what the old feed emitted", () => {
  expect(() => strictParse(`<feed xmlns="${ATOM}"><category term="x" label="Yield < 50%"/></feed>`)).toThrow();
});
