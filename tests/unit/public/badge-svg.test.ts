import { XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { MAX_DEFAULT_LABEL, badgeMessage, defaultBadgeLabel, renderBadge } from "@/lib/embeds/badge-svg";

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
});
