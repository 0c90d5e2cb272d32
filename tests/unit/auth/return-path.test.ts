import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "@/lib/auth/return-path";

const ORIGIN = "https://proofboard.example";

describe("safeReturnPath", () => {
  it.each([
    ["/workspace/claims?tracker=euv", "/workspace/claims?tracker=euv"],
    ["/claims/abc#evidence", "/claims/abc#evidence"],
    ["/a/../workspace", "/workspace"],
    ["/search?q=a%20b", "/search?q=a%20b"],
  ])("keeps the same-site path %s", (value, expected) => {
    expect(safeReturnPath(value)).toBe(expected);
  });

  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/%09/evil.example".replace("%09", "\t"),
    "//evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "/\\/evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "/\u3000/evil.example",
    "/\u00a0/x",
    "/ok\r\nSet-Cookie: a=b",
    "/\u0000",
    "/\ud800",
    "/\u202e/x",
    "",
    "workspace",
    "/" + "a".repeat(3000),
  ])("falls back for %j", (value) => {
    expect(safeReturnPath(value)).toBe("/workspace");
  });

  it("falls back for anything that is not a string", () => {
    for (const value of [undefined, null, 42, ["/workspace/claims"], { href: "/x" }]) expect(safeReturnPath(value, "/")).toBe("/");
  });

  it("whatever the input, a browser resolving the result stays on this site", () => {
    const pieces = fc.constantFrom("/", "\\", "\t", "\n", "\r", " ", "\u3000", ".", "..", "%2F", "%5C", "@", ":", "evil.example", "?", "#", "a");
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 12 }), (parts) => {
        const result = safeReturnPath(parts.join(""));
        expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
        expect(result).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
      }),
      { numRuns: 2000 },
    );
  });
});
