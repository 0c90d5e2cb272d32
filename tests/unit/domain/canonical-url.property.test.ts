import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalEvidenceUrl, publisherHost, registrableDomain } from "@/lib/domain/canonical-url";
import { normalizeEvidenceUrl } from "@/lib/domain/evidence-url";

// Public http(s) URLs as the evidence form stores them (already in normal form).
const storedUrlArb = fc
  .webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ["http", "https"] })
  .map((url) => normalizeEvidenceUrl(url))
  .filter((result): result is { ok: true; url: string; domain: string } => result.ok)
  .map((result) => result.url);

const trackingKeyArb = fc.oneof(
  fc.constantFrom("utm_source", "utm_medium", "utm_campaign", "UTM_Content", "fbclid", "gclid", "mc_cid", "mc_eid", "msclkid"),
  fc.stringMatching(/^[a-z]{1,8}$/).map((suffix) => `utm_${suffix}`),
);
const valueArb = fc.stringMatching(/^[A-Za-z0-9]{0,12}$/);

function withQueryPair(url: string, key: string, value: string): string {
  const parsed = new URL(url);
  parsed.searchParams.append(key, value);
  return parsed.href;
}

describe("canonicalEvidenceUrl properties", () => {
  it("is idempotent", () => {
    fc.assert(
      fc.property(storedUrlArb, (url) => {
        const once = canonicalEvidenceUrl(url);
        expect(canonicalEvidenceUrl(once)).toBe(once);
      }),
      { numRuns: 400 },
    );
  });

  it("ignores tracking parameters, fragments, www. and m. prefixes, trailing slashes and http vs https", () => {
    fc.assert(
      fc.property(
        storedUrlArb,
        trackingKeyArb,
        valueArb,
        fc.constantFrom("", "www.", "m.", "amp."),
        fc.constantFrom("", "#top", "#:~:text=EUV"),
        fc.boolean(),
        (url, key, value, prefix, fragment, http) => {
          const parsed = new URL(url);
          // Only hosts with a registrable domain get the prefix folded (see publisherHost).
          if (registrableDomain(parsed.hostname) === parsed.hostname.toLowerCase() && prefix !== "" && !parsed.hostname.includes(".")) return;
          const variant = new URL(withQueryPair(url, key, value));
          if (prefix !== "" && publisherHost(`${prefix}${variant.hostname}`) === publisherHost(variant.hostname)) {
            variant.hostname = `${prefix}${variant.hostname}`;
          }
          if (http) variant.protocol = "http:";
          if (!variant.pathname.endsWith("/")) variant.pathname = `${variant.pathname}/`;
          expect(canonicalEvidenceUrl(`${variant.href.replace(/#.*$/, "")}${fragment}`)).toBe(canonicalEvidenceUrl(url));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("ignores the order of query parameters", () => {
    fc.assert(
      fc.property(storedUrlArb, fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/), { minLength: 2, maxLength: 4 }), valueArb, (url, keys, value) => {
        const base = new URL(url);
        base.search = "";
        const forward = new URL(base.href);
        const backward = new URL(base.href);
        for (const key of keys) forward.searchParams.append(`k${key}`, value);
        for (const key of [...keys].reverse()) backward.searchParams.append(`k${key}`, value);
        expect(canonicalEvidenceUrl(forward.href)).toBe(canonicalEvidenceUrl(backward.href));
      }),
      { numRuns: 300 },
    );
  });

  it("keeps different articles apart: another path segment gives another identity", () => {
    fc.assert(
      fc.property(storedUrlArb, fc.stringMatching(/^[a-z0-9]{1,10}$/), (url, segment) => {
        fc.pre(segment !== "amp");
        const parsed = new URL(url);
        parsed.search = "";
        const other = new URL(parsed.href);
        other.pathname = `${parsed.pathname.replace(/\/$/, "")}/${segment}-article`;
        expect(canonicalEvidenceUrl(other.href)).not.toBe(canonicalEvidenceUrl(parsed.href));
      }),
      { numRuns: 300 },
    );
  });
});

describe("canonicalEvidenceUrl examples", () => {
  it.each([
    ["https://www.reuters.com/x/", "https://reuters.com/x"],
    ["https://reuters.com/x/?utm_source=twitter#top", "https://reuters.com/x"],
    ["http://m.reuters.com:80/x/amp?b=2&a=1&fbclid=abc", "https://reuters.com/x?a=1&b=2"],
    ["https://amp.theguardian.com/world/2025/story?outputType=amp", "https://theguardian.com/world/2025/story"],
    ["https://example.com:443/", "https://example.com"],
    ["https://news.example.co.uk/a?mc_cid=1&id=7", "https://news.example.co.uk/a?id=7"],
  ])("%s → %s", (input, expected) => {
    expect(canonicalEvidenceUrl(input)).toBe(expected);
  });

  it("keeps a host whose only label left would be a public suffix", () => {
    expect(publisherHost("m.co.uk")).toBe("m.co.uk");
    expect(publisherHost("www.com")).toBe("www.com");
  });

  it("follows a page's declared canonical only on the same registrable domain", () => {
    expect(canonicalEvidenceUrl("https://m.example.com/a?ref=x", { declaredCanonical: "https://www.example.com/b" })).toBe("https://example.com/b");
    expect(canonicalEvidenceUrl("https://example.com/a", { declaredCanonical: "https://elsewhere.org/b" })).toBe("https://example.com/a");
    expect(canonicalEvidenceUrl("https://example.com/a", { declaredCanonical: "javascript:alert(1)" })).toBe("https://example.com/a");
    expect(canonicalEvidenceUrl("https://example.com/a", { declaredCanonical: "/relative/path" })).toBe("https://example.com/relative/path");
  });
});
