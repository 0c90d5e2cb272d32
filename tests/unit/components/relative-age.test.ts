import { describe, expect, it } from "vitest";
import { formatAge } from "@/components/relative-age";

const NOW = new Date("2026-01-10T12:00:00Z");
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

describe("formatAge", () => {
  it.each([
    [0, "just now"],
    [59_000, "just now"],
    [60_000, "1 minute ago"],
    [45 * 60_000, "45 minutes ago"],
    [60 * 60_000, "1 hour ago"],
    [23 * 60 * 60_000 + 59 * 60_000, "23 hours ago"],
    [24 * 60 * 60_000, "1 day ago"],
    [341 * 24 * 60 * 60_000, "341 days ago"],
  ])("%i ms ago reads %s", (ms, expected) => {
    expect(formatAge(ago(ms), NOW)).toBe(expected);
  });

  it("treats a time a little in the future (clock skew) as just now", () => {
    expect(formatAge(new Date(NOW.getTime() + 5_000).toISOString(), NOW)).toBe("just now");
  });
});
