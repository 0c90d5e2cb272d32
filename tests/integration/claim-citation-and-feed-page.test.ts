// "Cite this claim" downloads (CSL-JSON, RIS) for public claims only, and the stylesheet the
// Atom feeds name so that a browser shows them as a page, with the feeds still strict XML.
import { DOMParser } from "@xmldom/xmldom";
import { beforeAll, describe, expect, it } from "vitest";
import { makeApprovedChange, makeClaim, makeTracker } from "../support/builders";
import { get } from "../support/public-routes";

let publicClaimId: string;
let draftClaimId: string;
let slug: string;

beforeAll(async () => {
  const tracker = await makeTracker({ proofPoints: 1 });
  slug = tracker.slug;
  const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id, statement: "The citable scanner exposed wafers" });
  publicClaimId = claim.id;
  await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported" });
  const draft = await makeTracker({ published: false, proofPoints: 1 });
  draftClaimId = (await makeClaim({ proofPointId: draft.proofPoints[0]!.id })).id;
});

function strictParse(xml: string) {
  const problems: string[] = [];
  const document = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(xml, "application/xml");
  expect(problems).toEqual([]);
  return document;
}

describe("cite this claim", () => {
  it("downloads CSL-JSON naming the claim, its tracker, status and page", async () => {
    const response = await get(`/claims/${publicClaimId}/cite.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.citationstyles.csl+json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="claim-${publicClaimId}.json"`);
    const [item] = (await response.json()) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: "webpage",
      title: "The citable scanner exposed wafers.",
      note: "Status: Partially supported",
      URL: expect.stringMatching(new RegExp(`/claims/${publicClaimId}$`)),
    });
    expect((item!.issued as { "date-parts": number[][] })["date-parts"][0]).toHaveLength(3);
  });

  it("downloads one RIS record", async () => {
    const response = await get(`/claims/${publicClaimId}/cite.ris`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/x-research-info-systems; charset=utf-8");
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toBe("TY  - ELEC");
    expect(lines).toContain("TI  - The citable scanner exposed wafers.");
    expect(lines.filter((line) => line.startsWith("ER  -"))).toHaveLength(1);
  });

  it("is a 404 for a claim of an unpublished tracker or no claim at all, and a 400 for an impossible id", async () => {
    for (const path of [`/claims/${draftClaimId}/cite.json`, `/claims/${draftClaimId}/cite.ris`, "/claims/no-such-claim/cite.ris"]) {
      expect((await get(path)).status).toBe(404);
    }
    const bad = await get(`/claims/${"x".repeat(65)}/cite.json`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { fieldErrors: { id: expect.any(Array) } } });
  });
});

describe("the feeds as a page", () => {
  it("both feeds name the stylesheet and stay strict XML", async () => {
    for (const path of ["/feed.xml", `/trackers/${slug}/feed.xml`]) {
      const xml = await (await get(path)).text();
      expect(xml.split("\n").slice(0, 2)).toEqual(['<?xml version="1.0" encoding="utf-8"?>', '<?xml-stylesheet type="text/xsl" href="/feed.xsl"?>']);
      expect(strictParse(xml).documentElement?.localName).toBe("feed");
    }
  });

  it("serves the stylesheet as XSLT that parses strictly and reads the feed's title and entries", async () => {
    const response = await get("/feed.xsl");
    expect(response.headers.get("content-type")).toBe("text/xsl; charset=utf-8");
    const document = strictParse(await response.text());
    expect(document.documentElement?.namespaceURI).toBe("http://www.w3.org/1999/XSL/Transform");
    const selects = Array.from(document.getElementsByTagNameNS("http://www.w3.org/1999/XSL/Transform", "for-each")).map((node) => node.getAttribute("select"));
    expect(selects).toContain("atom:entry");
  });
});
