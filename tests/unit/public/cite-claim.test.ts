import { describe, expect, it } from "vitest";
import { citationCslJson, citationRis, citationText, citationTitle, type CitableClaim } from "@/lib/domain/cite-claim";
import { citationMetaTags } from "@/lib/exports/citation-meta-tags";

const CLAIM: CitableClaim = {
  id: "clm123",
  statement: "The prototype scanner exposed patterned wafers",
  status: "partially_supported",
  trackerTitle: "China EUV lithography",
  proofPointTitle: "Wafer results",
  url: "https://proofboard.example/claims/clm123",
  issued: "2026-03-05T10:00:00.000Z",
};

describe("cite this claim", () => {
  it("titles the reference with the statement, ending in one full stop", () => {
    expect(citationTitle(CLAIM)).toBe("The prototype scanner exposed patterned wafers.");
    expect(citationTitle({ statement: "Is it   true?" })).toBe("Is it true?");
  });

  it("reads as a sentence to paste, with the status and the page's address", () => {
    expect(citationText(CLAIM)).toBe(
      "Proofboard (5 March 2026). “The prototype scanner exposed patterned wafers.” China EUV lithography: Wafer results. Status: Partially supported. https://proofboard.example/claims/clm123",
    );
    expect(citationText(CLAIM, "2026-12-02T08:00:00Z")).toMatch(/Retrieved 2 December 2026, from https:\/\/proofboard\.example\/claims\/clm123$/);
  });

  it("is a CSL-JSON webpage item with issued and accessed dates as date parts", () => {
    const [item] = citationCslJson(CLAIM, "2026-12-02T08:00:00Z");
    expect(item).toMatchObject({
      type: "webpage",
      title: "The prototype scanner exposed patterned wafers.",
      "container-title": "China EUV lithography",
      URL: CLAIM.url,
      issued: { "date-parts": [[2026, 3, 5]] },
      accessed: { "date-parts": [[2026, 12, 2]] },
      note: "Status: Partially supported",
    });
  });

  it("is one RIS record with CRLF lines, and user text cannot start a tag of its own", () => {
    const ris = citationRis({ ...CLAIM, statement: "Line one\r\nER  - injected" }, "2026-12-02T08:00:00Z");
    const lines = ris.split("\r\n");
    expect(lines[0]).toBe("TY  - ELEC");
    expect(lines).toContain("TI  - Line one ER - injected.");
    expect(lines).toContain("DA  - 2026/03/05");
    expect(lines).toContain("Y2  - 2026/12/02");
    expect(lines).toContain(`UR  - ${CLAIM.url}`);
    expect(lines.filter((line) => line.startsWith("ER  -"))).toHaveLength(1);
    expect(lines.filter((line) => line.startsWith("TY  -"))).toHaveLength(1);
  });

  it("gives the page the Highwire and Dublin Core tags reference managers read", () => {
    expect(citationMetaTags(CLAIM)).toMatchObject({
      citation_title: "The prototype scanner exposed patterned wafers.",
      citation_publication_date: "2026/03/05",
      "DC.identifier": CLAIM.url,
      "DC.date": "2026-03-05",
    });
  });
});
