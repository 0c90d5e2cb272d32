import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_URL_LENGTH, normalizeEvidenceUrl, sourceDomainOf } from "@/lib/domain/evidence-url";

const webUrlArb = fc.webUrl({ withQueryParameters: true, withFragments: true });

describe("normalizeEvidenceUrl properties", () => {
  it("is idempotent: a normal form normalizes to itself", () => {
    let accepted = 0;
    fc.assert(
      fc.property(webUrlArb, (input) => {
        const first = normalizeEvidenceUrl(input);
        if (!first.ok) return;
        accepted += 1;
        expect(normalizeEvidenceUrl(first.url)).toEqual(first);
      }),
      { numRuns: 500 },
    );
    // Guards against the property passing only because almost everything was refused.
    expect(accepted).toBeGreaterThan(450);
  });

  it("is idempotent on hosts with ports, IPv4 literals and upper case", () => {
    const arb = fc.webUrl({
      withQueryParameters: true,
      withFragments: true,
      authoritySettings: { withPort: true, withIPv4: true, withIPv4Extended: true },
    });
    fc.assert(
      fc.property(arb, fc.boolean(), (input, shout) => {
        const first = normalizeEvidenceUrl(shout ? input.toUpperCase() : input);
        if (first.ok) expect(normalizeEvidenceUrl(first.url)).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it("produces only http(s) URLs without fragments or tracking parameters", () => {
    fc.assert(
      fc.property(webUrlArb, fc.constantFrom("utm_source=feed", "fbclid=x1", "gclid=y2", "mc_eid=z"), (input, tracker) => {
        const withoutFragment = input.split("#")[0] ?? input;
        const tagged = withoutFragment + (withoutFragment.includes("?") ? "&" : "?") + tracker + "#section";
        const plain = normalizeEvidenceUrl(input);
        const result = normalizeEvidenceUrl(tagged);
        if (!plain.ok) return;
        expect(result).toEqual(plain);
        expect(plain.url).toMatch(/^https?:\/\/[^/?#@]+\/[^#]*$/);
        expect(plain.url.length).toBeLessThanOrEqual(MAX_URL_LENGTH);
        expect(sourceDomainOf(plain.url)).toBe(plain.domain);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same URL for any order of distinct query keys", () => {
    const pairsArb = fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,6}$/), fc.stringMatching(/^[a-z0-9]{0,4}$/)), {
      selector: ([key]) => key,
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        pairsArb.chain((pairs) =>
          fc.tuple(fc.constant(pairs), fc.shuffledSubarray(pairs, { minLength: pairs.length, maxLength: pairs.length })),
        ),
        ([pairs, shuffled]) => {
          const url = (ps: [string, string][]) => `https://example.com/p?${ps.map(([k, v]) => `${k}=${v}`).join("&")}`;
          expect(normalizeEvidenceUrl(url(shuffled))).toEqual(normalizeEvidenceUrl(url(pairs)));
        },
      ),
    );
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), webUrlArb.map((u) => `  ${u}\n`)), (input) => {
        const result = normalizeEvidenceUrl(input);
        expect(typeof result.ok).toBe("boolean");
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
