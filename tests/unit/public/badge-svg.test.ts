import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { MAX_DEFAULT_LABEL, MAX_LABEL, badgeAsOf, badgeMessage, defaultBadgeLabel, renderBadge, shortenLabel } from "@/lib/embeds/badge-svg";

describe("the badge", () => {
  it("defaults its label to the title before the colon, shortened to fit", () => {
    expect(defaultBadgeLabel("China EUV lithography: prototype to production")).toBe("China EUV lithography");
    expect(defaultBadgeLabel("Critical minerals")).toBe("Critical minerals");
    const long = defaultBadgeLabel("An exceptionally long tracker title with no colon at all");
    expect(long.length).toBe(MAX_DEFAULT_LABEL);
    expect(long.endsWith("…")).toBe(true);
  });

  it("says how many boxes ticked, and that demo data is demo data", () => {
    expect(badgeMessage({ ticked: 1, total: 6, isDemo: false })).toBe("1 of 6");
    expect(badgeMessage({ ticked: 0, total: 6, isDemo: true })).toBe("0 of 6 (demo)");
  });

  it("is well-formed SVG with a text alternative, whatever the label", () => {
    for (const label of ["EUV proof points", `<a href="x">&'`, "中文 ✓"]) {
      const svg = renderBadge({ label, ticked: 2, total: 6, isDemo: false });
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toContain('role="img"');
      expect(svg).toMatch(/<title>.+: 2 of 6 proof points ticked<\/title>/);
      expect(svg).not.toContain("<a ");
    }
  });

  it("grows with its text", () => {
    const width = (label: string) => Number(/width="(\d+)"/.exec(renderBadge({ label, ticked: 0, total: 6, isDemo: false }))![1]);
    expect(width("A much longer label here")).toBeGreaterThan(width("Short"));
  });

  describe("a long label", () => {
    it("keeps a label of up to 40 characters as it is", () => {
      const label = "x".repeat(MAX_LABEL);
      expect(shortenLabel(label)).toBe(label);
      expect(shortenLabel("  Two   spaces  ")).toBe("Two spaces");
    });

    it("cuts a longer one at a word break near the end, ending in an ellipsis", () => {
      const short = shortenLabel("China EUV lithography proof points for the annual review board");
      expect(short).toBe("China EUV lithography proof points for…");
      expect(Array.from(short).length).toBeLessThanOrEqual(MAX_LABEL);
    });

    it("cuts one long word inside it when no break is near", () => {
      const short = shortenLabel("y".repeat(100));
      expect(short).toBe(`${"y".repeat(MAX_LABEL - 1)}…`);
    });

    it("never splits an emoji or a letter from its accent", () => {
      const emoji = shortenLabel("🇨🇳".repeat(50));
      expect(emoji).toBe(`${"🇨🇳".repeat(MAX_LABEL - 1)}…`);
      expect(emoji.isWellFormed()).toBe(true);
      const accented = shortenLabel("e\u0301".repeat(60));
      expect(accented).toBe(`${"e\u0301".repeat(MAX_LABEL - 1)}…`);
    });

    it("draws the shortened label, well-formed, narrower than the full one would be", () => {
      const long = `${"Lithography ".repeat(20)}`;
      const svg = renderBadge({ label: long, ticked: 1, total: 6, isDemo: false });
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toContain(">Lithography Lithography Lithography…<");
      expect(svg).not.toContain(long.trim());
      expect(Number(/width="(\d+)"/.exec(svg)![1])).toBeLessThan(400);
    });
  });

  it("says as of which day the count was read, in UTC, in its text and its title", () => {
    expect(badgeAsOf("2026-12-02T23:59:00.000Z")).toBe("as of 2 Dec 2026");
    const svg = renderBadge({ label: "EUV", ticked: 1, total: 6, isDemo: false, asOf: "2026-03-01T00:30:00.000Z" });
    expect(svg).toContain(">as of 1 Mar 2026<");
    expect(svg).toMatch(/<title>EUV: 1 of 6 proof points ticked, as of 1 Mar 2026<\/title>/);
    expect(XMLValidator.validate(svg)).toBe(true);
  });
});
