// The safe fetcher against real local servers: every refusal (private and special
// addresses in all their spellings, redirects to them, DNS rebinding, oversized bodies,
// redirect loops, wrong content types, slow servers) and the normal path.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createSafeFetcher, FetchError, FETCH_LIMITS, type Resolver } from "@/lib/net/safe-fetch";
import { html, redirect, startFixtureServer } from "../support/http-fixtures";

const UA = "ProofboardBot/test";
/** Reaches the local test servers on 127.0.0.1 only, as the test-only allow-list does. */
const allowingLocal = (resolve?: Resolver) => createSafeFetcher({ userAgent: UA, allow: ["127.0.0.1"], resolve });
const strict = (resolve?: Resolver) => createSafeFetcher({ userAgent: UA, resolve });

async function refusal(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof FetchError)) throw new Error(`expected a FetchError, got ${String(error)}`);
  return error;
}

describe("safe fetch: the normal path", () => {
  it("fetches an allowed page with a clear User-Agent and reports status, final URL, type and sha256", async () => {
    const server = await startFixtureServer();
    server.route("/old", redirect("/article"));
    server.route("/article", html("<title>Hello</title>"));
    const result = await allowingLocal()(`${server.origin}/old`, { accept: ["text/html"] });
    expect(result).toMatchObject({ status: 200, url: `${server.origin}/article`, contentType: "text/html; charset=utf-8", chain: [`${server.origin}/old`, `${server.origin}/article`] });
    expect(result.body.toString()).toBe("<title>Hello</title>");
    expect(result.sha256).toBe(createHash("sha256").update("<title>Hello</title>").digest("hex"));
    expect(server.userAgents.every((agent) => agent === UA)).toBe(true);
  });
});

describe("safe fetch: refused addresses", () => {
  it("refuses a name that resolves to 127.0.0.1, and the server never sees a request", async () => {
    const server = await startFixtureServer();
    server.route("/", html("secret"));
    const error = await refusal(strict()(`http://localhost:${server.port}/`));
    expect(error.code).toBe("refused_address");
    expect(error.message).toMatch(/localhost resolves to .*loopback/);
    expect(server.hits).toEqual([]);
  });

  it.each([
    ["loopback IPv4", "http://127.0.0.1:PORT/"],
    ["decimal IPv4 (2130706433)", "http://2130706433:PORT/"],
    ["octal IPv4 (0177.0.0.1)", "http://0177.0.0.1:PORT/"],
    ["hex IPv4 (0x7f.0.0.1)", "http://0x7f.0.0.1:PORT/"],
    ["short IPv4 (127.1)", "http://127.1:PORT/"],
    ["IPv4-mapped IPv6 [::ffff:127.0.0.1]", "http://[::ffff:127.0.0.1]:PORT/"],
    ["IPv6 loopback [::1]", "http://[::1]:PORT/"],
    ["NAT64 of loopback [64:ff9b::7f00:1]", "http://[64:ff9b::7f00:1]:PORT/"],
    ["6to4 of loopback [2002:7f00:1::1]", "http://[2002:7f00:1::1]:PORT/"],
    ["the unspecified address 0.0.0.0", "http://0.0.0.0:PORT/"],
    ["a private address 10.0.0.1", "http://10.0.0.1:PORT/"],
    ["a private address 192.168.1.1", "http://192.168.1.1:PORT/"],
    ["CGNAT 100.64.0.1", "http://100.64.0.1:PORT/"],
    ["cloud metadata 169.254.169.254", "http://169.254.169.254/latest/meta-data/"],
    ["IPv6 link-local [fe80::1]", "http://[fe80::1]:PORT/"],
    ["IPv6 unique-local [fd00::1]", "http://[fd00::1]:PORT/"],
    ["multicast 224.0.0.1", "http://224.0.0.1:PORT/"],
  ])("refuses %s before connecting", async (_what, template) => {
    const server = await startFixtureServer();
    const error = await refusal(strict()(template.replace("PORT", String(server.port))));
    expect(error.code).toBe("refused_address");
    expect(server.hits).toEqual([]);
  });

  it("refuses the IPv4-mapped form even where 127.0.0.1 itself is allow-listed", async () => {
    const server = await startFixtureServer();
    const error = await refusal(allowingLocal()(`http://[::ffff:127.0.0.1]:${server.port}/`));
    expect(error.code).toBe("refused_address");
    expect(server.hits).toEqual([]);
  });

  it.each([
    ["ftp:", "ftp://example.com/file"],
    ["file:", "file:///etc/passwd"],
    ["gopher:", "gopher://example.com/"],
  ])("refuses the %s scheme", async (_scheme, url) => {
    expect((await refusal(strict()(url))).code).toBe("refused_scheme");
  });

  it("refuses a name whose answers mix a public and a private address", async () => {
    const resolver: Resolver = async () => [
      { address: "93.184.216.34", family: 4 },
      { address: "10.1.2.3", family: 4 },
    ];
    const error = await refusal(strict(resolver)("http://mixed.test/"));
    expect(error.code).toBe("refused_address");
    expect(error.message).toMatch(/10\.1\.2\.3/);
  });
});

describe("safe fetch: redirects", () => {
  it("refuses a redirect to 169.254.169.254 (re-checking every hop)", async () => {
    const server = await startFixtureServer();
    server.route("/start", redirect("http://169.254.169.254/latest/meta-data/iam/security-credentials/"));
    const error = await refusal(allowingLocal()(`${server.origin}/start`));
    expect(error.code).toBe("refused_address");
    expect(server.hits).toEqual(["/start"]);
  });

  it("refuses a redirect to another scheme's private address (http → https://10.0.0.1)", async () => {
    const server = await startFixtureServer();
    server.route("/start", redirect("https://10.0.0.1/admin", 301));
    expect((await refusal(allowingLocal()(`${server.origin}/start`))).code).toBe("refused_address");
  });

  it("refuses a redirect loop", async () => {
    const server = await startFixtureServer();
    server.route("/a", redirect("/b"));
    server.route("/b", redirect("/a"));
    const error = await refusal(allowingLocal()(`${server.origin}/a`));
    expect(error.code).toBe("redirect_loop");
    expect(server.hits).toEqual(["/a", "/b"]);
  });

  it(`follows at most ${FETCH_LIMITS.maxRedirects} redirects`, async () => {
    const server = await startFixtureServer();
    for (let hop = 0; hop < 7; hop++) server.route(`/hop${hop}`, redirect(`/hop${hop + 1}`));
    server.route("/hop7", html("too far"));
    const error = await refusal(allowingLocal()(`${server.origin}/hop0`));
    expect(error.code).toBe("too_many_redirects");
    expect(server.hits).toHaveLength(FETCH_LIMITS.maxRedirects + 1);

    const five = await startFixtureServer();
    for (let hop = 0; hop < 5; hop++) five.route(`/hop${hop}`, redirect(`/hop${hop + 1}`));
    five.route("/hop5", html("just in reach"));
    expect((await allowingLocal()(`${five.origin}/hop0`)).body.toString()).toBe("just in reach");
  });
});

describe("safe fetch: DNS rebinding", () => {
  it("connects to the address it checked: a second answer pointing elsewhere is never used", async () => {
    // Two servers on one port: 127.0.0.2 (the checked, allowed answer) and 127.0.0.1 (what a
    // rebinding resolver returns the next time).
    const checked = await startFixtureServer({ host: "127.0.0.2" });
    checked.route("/", html("the checked address"));
    const rebound = await startFixtureServer({ host: "127.0.0.1", port: checked.port });
    rebound.route("/", html("the internal service"));
    let lookups = 0;
    const resolver: Resolver = async () => (lookups++ === 0 ? [{ address: "127.0.0.2", family: 4 }] : [{ address: "127.0.0.1", family: 4 }]);
    const fetcher = createSafeFetcher({ userAgent: UA, allow: ["127.0.0.2"], resolve: resolver });

    const result = await fetcher(`http://rebind.test:${checked.port}/`);
    expect(result.body.toString()).toBe("the checked address");
    expect(lookups).toBe(1);
    expect(rebound.hits).toEqual([]);
    // Asked again, the resolver now rebinds to 127.0.0.1, which is refused, not reached.
    expect((await refusal(fetcher(`http://rebind.test:${checked.port}/`))).code).toBe("refused_address");
    expect(rebound.hits).toEqual([]);
  });
});

describe("safe fetch: caps", () => {
  it("refuses a body over the size cap, declared or streamed", async () => {
    const server = await startFixtureServer();
    const big = "x".repeat(64 * 1024);
    server.route("/declared", (_request, response) => response.writeHead(200, { "content-type": "text/html", "content-length": String(big.length) }).end(big));
    server.route("/streamed", (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      for (let chunk = 0; chunk < 4; chunk++) response.write(big);
      response.end();
    });
    for (const path of ["/declared", "/streamed"]) {
      const error = await refusal(allowingLocal()(`${server.origin}${path}`, { maxBytes: 32 * 1024 }));
      expect(error.code).toBe("too_large");
    }
  });

  it("refuses the default 5 MB cap's worth plus one byte", async () => {
    const server = await startFixtureServer();
    server.route("/huge", (_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(Buffer.alloc(FETCH_LIMITS.maxBytes + 1, 0x61));
    });
    expect((await refusal(allowingLocal()(`${server.origin}/huge`))).code).toBe("too_large");
  });

  it("refuses a content type outside the accepted list without reading it", async () => {
    const server = await startFixtureServer();
    server.route("/binary", (_request, response) => response.writeHead(200, { "content-type": "application/octet-stream" }).end("MZ"));
    const error = await refusal(allowingLocal()(`${server.origin}/binary`, { accept: ["text/html"] }));
    expect(error.code).toBe("unsupported_content_type");
  });

  it("gives up on a server that does not answer in time, and says it may be worth retrying", async () => {
    const server = await startFixtureServer();
    server.route("/slow", () => undefined);
    const started = Date.now();
    const error = await refusal(allowingLocal()(`${server.origin}/slow`, { timeoutMs: 300 }));
    expect(error.code).toBe("timeout");
    expect(error.retryable).toBe(true);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
