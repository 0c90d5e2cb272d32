// Metadata on paste, from fixture pages shaped like real news pages served by a local server.
import { describe, expect, it } from "vitest";
import { createSafeFetcher, systemResolver } from "@/lib/net/safe-fetch";
import { resolverWithTestHosts } from "@/lib/net/test-hosts";
import { getLinkMetadata } from "@/lib/server/capture/link-metadata";
import { makeUser } from "../support/builders";
import { html, startFixtureServer } from "../support/http-fixtures";
import { barePage, jsonLdPage, openGraphPage } from "../support/news-pages";
import { expectAppError } from "../support/snapshot";

const HOST = "meta.fixture.test";
const fetcher = createSafeFetcher({ userAgent: "test", allow: ["127.0.0.1"], resolve: resolverWithTestHosts(new Map([[HOST, "127.0.0.1"]]), systemResolver) });
const analyst = () => makeUser({ roles: ["analyst"] });

describe("getLinkMetadata", () => {
  it("reads OpenGraph tags: title, site name, published date, canonical URL", async () => {
    const server = await startFixtureServer();
    const origin = `http://${HOST}:${server.port}`;
    server.route("/og", html(openGraphPage(origin, "/og")));
    const result = await getLinkMetadata(await analyst(), { url: `${origin}/og?utm_source=feed` }, fetcher);
    expect(result).toEqual({
      status: "found",
      url: `${origin}/og`,
      metadata: { title: "Prototype lithography machine reaches test wafers", siteName: "Example News", publishedAt: "2026-03-03", canonicalUrl: `${origin}/og`, description: null },
    });
  });

  it("reads a JSON-LD NewsArticle when there are no OpenGraph tags (headline, publisher, datePublished, relative canonical)", async () => {
    const server = await startFixtureServer();
    const origin = `http://${HOST}:${server.port}`;
    server.route("/ld", html(jsonLdPage(origin, "/ld")));
    const result = await getLinkMetadata(await analyst(), { url: `${origin}/ld` }, fetcher);
    expect(result).toMatchObject({ status: "found", metadata: { title: "Engineers describe first wafers from EUV prototype", siteName: "The Daily Ledger", publishedAt: "2026-02-27", canonicalUrl: `${origin}/ld` } });
  });

  it("falls back to the <title> of a page with neither, leaving the rest empty", async () => {
    const server = await startFixtureServer();
    server.route("/bare", html(barePage()));
    const result = await getLinkMetadata(await analyst(), { url: `http://${HOST}:${server.port}/bare` }, fetcher);
    expect(result).toMatchObject({ status: "found", metadata: { title: "Notes on the prototype", siteName: null, publishedAt: null, canonicalUrl: null } });
  });

  it("says plainly why a page could not be read", async () => {
    const server = await startFixtureServer();
    expect(await getLinkMetadata(await analyst(), { url: `http://${HOST}:${server.port}/missing` }, fetcher)).toMatchObject({ status: "unavailable", reason: "the page answered 404" });
    const strict = createSafeFetcher({ userAgent: "test", resolve: async () => [{ address: "10.0.0.9", family: 4 }] });
    const refused = await getLinkMetadata(await analyst(), { url: "https://intranet.example.com/page" }, strict);
    expect(refused).toMatchObject({ status: "unavailable", reason: expect.stringMatching(/private address: 10\.0\.0\.9/) });
  });

  it("refuses a bad URL naming the field, and readers without an analyst role", async () => {
    const error = await expectAppError(getLinkMetadata(await analyst(), { url: "javascript:alert(1)" }, fetcher), "INVALID_INPUT");
    expect(Object.keys(error.fieldErrors)).toEqual(["url"]);
    await expectAppError(getLinkMetadata(null, { url: "https://example.com/" }, fetcher), "UNAUTHENTICATED");
    await expectAppError(getLinkMetadata(await makeUser({ roles: ["admin"] }), { url: "https://example.com/" }, fetcher), "FORBIDDEN");
  });
});
