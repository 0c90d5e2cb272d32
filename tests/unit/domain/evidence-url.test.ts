import { describe, expect, it } from "vitest";
import { MAX_URL_LENGTH, normalizeEvidenceUrl, sourceDomainOf } from "@/lib/domain/evidence-url";

describe("normalizeEvidenceUrl accepts public http(s) links in one normal form", () => {
  it.each<[string, string, string]>([
    ["  https://Example.COM/Path?b=2&a=1#frag  ", "https://example.com/Path?a=1&b=2", "example.com"],
    ["HTTP://www.Example.com:80/", "http://www.example.com/", "example.com"],
    ["https://example.com:443/x", "https://example.com/x", "example.com"],
    ["https://example.com:8443/x", "https://example.com:8443/x", "example.com"],
    ["https://example.com", "https://example.com/", "example.com"],
    ["https://example.com/?", "https://example.com/", "example.com"],
    ["https://example.com#frag", "https://example.com/", "example.com"],
    ["https://example.com/a?b=1#x?y", "https://example.com/a?b=1", "example.com"],
    [
      "https://example.com/a?utm_source=x&utm_medium=y&id=3&fbclid=1&gclid=2&mc_cid=3&mc_eid=4",
      "https://example.com/a?id=3",
      "example.com",
    ],
    ["https://example.com/a?UTM_Source=x&id=1", "https://example.com/a?id=1", "example.com"],
    ["https://example.com/a?utm%5Fsource=x", "https://example.com/a", "example.com"],
    ["https://example.com/a?utmost=1", "https://example.com/a?utmost=1", "example.com"],
    ["https://example.com/a?b=1&a=2&a=1&c", "https://example.com/a?a=2&a=1&b=1&c", "example.com"],
    ["https://example.com/a?&&b=1&&", "https://example.com/a?b=1", "example.com"],
    ["https://example.com/a?q=hello%20world&x=a+b", "https://example.com/a?q=hello%20world&x=a+b", "example.com"],
    ["https://example.com/a?%zz=1", "https://example.com/a?%zz=1", "example.com"],
    ["https://example.com/A/B/", "https://example.com/A/B/", "example.com"],
    ["https://example.com/a;p?q", "https://example.com/a;p?q", "example.com"],
    ["https://example.com/path with space", "https://example.com/path%20with%20space", "example.com"],
    ["https://example.com/a/../b", "https://example.com/b", "example.com"],
    ["https://bücher.example/", "https://xn--bcher-kva.example/", "xn--bcher-kva.example"],
    ["https://example.com./x", "https://example.com/x", "example.com"],
    ["https://news.bbc.co.uk/x", "https://news.bbc.co.uk/x", "news.bbc.co.uk"],
    ["https://www.com/", "https://www.com/", "www.com"],
    ["https://8.8.8.8/dns", "https://8.8.8.8/dns", "8.8.8.8"],
    ["https://[2001:4860:4860::8888]/", "https://[2001:4860:4860::8888]/", "[2001:4860:4860::8888]"],
  ])("%j -> %s", (input, url, domain) => {
    expect(normalizeEvidenceUrl(input)).toEqual({ ok: true, url, domain });
  });

  it("accepts a URL of exactly the maximum length", () => {
    const prefix = "https://example.com/";
    const input = prefix + "a".repeat(MAX_URL_LENGTH - prefix.length);
    expect(input).toHaveLength(2048);
    expect(normalizeEvidenceUrl(input)).toEqual({ ok: true, url: input, domain: "example.com" });
  });
});

describe("normalizeEvidenceUrl refuses what rule 6 forbids, saying why", () => {
  const notPublic = (host: string) => `URL must be a public web address; "${host}" is not one`;
  const credentials = "URLs with a user name or password are not allowed";
  const javascript = "javascript: links are not allowed; use an http or https URL";

  it.each<[string, string]>([
    ["", "URL is required"],
    ["   \n", "URL is required"],
    ["https://example.com/" + "a".repeat(2100), "URL is longer than 2,048 characters"],
    ["javascript:alert(1)", javascript],
    ["JavaScript:alert(1)", javascript],
    ["  javascript:alert(1)", javascript],
    ["java\tscript:alert(1)", javascript],
    ["\u0001javascript:alert(1)", javascript],
    ["data:text/html,<script>alert(1)</script>", "data: URLs are not allowed; link to the web page that publishes the content"],
    ["file:///etc/passwd", "file: URLs point to a file on your own computer; link to a public http or https page"],
    ["ftp://example.com/report.pdf", "ftp: links are not allowed; use an http or https URL"],
    ["mailto:desk@example.com", "mailto: links are not allowed; use an http or https URL"],
    ["https://user:pass@example.com/", credentials],
    ["https://user@example.com/", credentials],
    ["https://:pass@example.com/", credentials],
    ["http://localhost/", notPublic("localhost")],
    ["http://LOCALHOST:3000/x", notPublic("localhost")],
    ["http://intranet/", notPublic("intranet")],
    ["https://www./", notPublic("www")],
    ["http://app.localhost/", notPublic("app.localhost")],
    ["http://printer.local/", notPublic("printer.local")],
    ["http://127.0.0.1/", notPublic("127.0.0.1")],
    ["http://0x7f.1/", notPublic("127.0.0.1")],
    ["http://2130706433/", notPublic("127.0.0.1")],
    ["http://10.0.0.5/", notPublic("10.0.0.5")],
    ["http://169.254.169.254/latest/meta-data", notPublic("169.254.169.254")],
    ["http://[::1]/", notPublic("[::1]")],
    ["http://[::ffff:127.0.0.1]/", notPublic("[::ffff:7f00:1]")],
  ])("%j", (input, reason) => {
    expect(normalizeEvidenceUrl(input)).toEqual({ ok: false, reason });
  });

  it.each(["not a url", "example.com/article", "//example.com/x", "https://", "example.com:8080/path", "localhost:3000"])(
    "%j is not a URL, and the message says what one looks like",
    (input) => {
      expect(normalizeEvidenceUrl(input)).toEqual({
        ok: false,
        reason: `"${input}" is not a valid URL; use a full address such as https://example.com/article`,
      });
    },
  );

  it("shortens a long unparsable input in its message", () => {
    const result = normalizeEvidenceUrl("x".repeat(500));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe(`"${"x".repeat(77)}..." is not a valid URL; use a full address such as https://example.com/article`);
  });

  it("refuses a URL whose normal form outgrows the limit through percent-encoding", () => {
    const input = "https://example.com/" + " x".repeat(700);
    expect(input.length).toBeLessThan(MAX_URL_LENGTH);
    expect(normalizeEvidenceUrl(input)).toEqual({ ok: false, reason: "URL is longer than 2,048 characters" });
  });
});

describe("sourceDomainOf", () => {
  it("gives the publisher's domain without www", () => {
    expect(sourceDomainOf("https://www.reuters.com/technology/x")).toBe("reuters.com");
    expect(sourceDomainOf("https://news.bbc.co.uk/")).toBe("news.bbc.co.uk");
  });

  it("throws with the reason on a URL that would be refused", () => {
    expect(() => sourceDomainOf("javascript:alert(1)")).toThrow(/javascript: links are not allowed/);
  });
});
