import { describe, expect, it } from "vitest";
import { ogText } from "@/lib/embeds/og-text";

describe("text for social images", () => {
  it("keeps Latin text, digits and punctuation as written", () => {
    expect(ogText("China EUV lithography: “prototype” – 2026", "x")).toBe("China EUV lithography: “prototype” – 2026");
    expect(ogText("Élan & Ørsted", "x")).toBe("Élan & Ørsted");
  });

  it("leaves out what its one font cannot draw, and falls back when nothing is left", () => {
    expect(ogText("EUV 光刻 ✓ tracker", "x")).toBe("EUV tracker");
    expect(ogText("极紫外光刻", "Scorecard")).toBe("Scorecard");
  });

  it("shortens long text with an ellipsis", () => {
    expect(ogText("word ".repeat(50), "x", 20)).toBe(`${"word ".repeat(4).trim()}…`);
  });
});
