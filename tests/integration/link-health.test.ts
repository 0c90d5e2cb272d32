// Link health against a real local server whose answers change between checks: every
// transition of the honest state machine, and the weekly sweep's spacing per host.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createSafeFetcher, systemResolver } from "@/lib/net/safe-fetch";
import { resolverWithTestHosts } from "@/lib/net/test-hosts";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { checkEvidenceLink } from "@/lib/server/link-health/check-evidence-link";
import { HOST_SPACING_SECONDS, sweepLinkHealth } from "@/lib/server/link-health/sweep";
import { evidenceInput, makeClaim, makeUser, uniqueToken } from "../support/builders";
import { html, redirect, startFixtureServer, type Route } from "../support/http-fixtures";

const HOST = "health.fixture.test";
const fetcher = createSafeFetcher({ userAgent: "test", allow: ["127.0.0.1"], resolve: resolverWithTestHosts(new Map([[HOST, "127.0.0.1"]]), systemResolver) });

async function itemWithChangingPage() {
  const server = await startFixtureServer();
  const path = `/story/${uniqueToken()}`;
  const claim = await makeClaim();
  const item = await addEvidence(await makeUser({ roles: ["analyst"] }), evidenceInput(claim.id, { url: `http://${HOST}:${server.port}${path}` }));
  let day = 0;
  return {
    item,
    /** The page answers `route` at the next check, which happens a week after the last. */
    async check(route: Route) {
      server.route(path, route);
      day += 7;
      await checkEvidenceLink(item.id, { fetch: (url, options) => fetcher(url, { ...options, timeoutMs: 300 }), now: () => new Date(Date.UTC(2026, 2, 3 + day)) });
      return getDb().evidence.findUniqueOrThrow({ where: { id: item.id }, select: { linkHealth: true, linkGoneStreak: true } });
    },
  };
}

const status = (code: number): Route => html(`<title>${code}</title>`, code);

describe("link health", () => {
  it("goes ok → (one 404: still ok) → gone after the second consecutive 404 → ok when it is back", async () => {
    const page = await itemWithChangingPage();
    expect(await page.check(status(200))).toEqual({ linkHealth: "ok", linkGoneStreak: 0 });
    expect(await page.check(status(404))).toEqual({ linkHealth: "ok", linkGoneStreak: 1 });
    expect(await page.check(status(410))).toEqual({ linkHealth: "gone", linkGoneStreak: 2 });
    expect(await page.check(status(200))).toEqual({ linkHealth: "ok", linkGoneStreak: 0 });
    const observations = await getDb().linkCheck.findMany({ where: { evidenceId: page.item.id }, orderBy: { checkedAt: "asc" } });
    expect(observations.map((row) => [row.observation, row.httpStatus])).toEqual([["ok", 200], ["not_found", 404], ["not_found", 410], ["ok", 200]]);
  });

  it.each([403, 429, 500, 503])("treats a %i as unknown, never as gone, and it breaks a 404 streak", async (code) => {
    const page = await itemWithChangingPage();
    await page.check(status(404));
    expect(await page.check(status(code))).toEqual({ linkHealth: "unknown", linkGoneStreak: 0 });
    expect(await page.check(status(404))).toEqual({ linkHealth: "unknown", linkGoneStreak: 1 });
    expect(await page.check(status(code))).toEqual({ linkHealth: "unknown", linkGoneStreak: 0 });
  });

  it("treats a timeout as unknown", async () => {
    const page = await itemWithChangingPage();
    expect(await page.check(() => undefined)).toEqual({ linkHealth: "unknown", linkGoneStreak: 0 });
  });

  it("calls a redirect to the site's home page (a soft 404) and to another page moved", async () => {
    const page = await itemWithChangingPage();
    const server = await startFixtureServer();
    server.route("/", html("<title>Home</title>"));
    server.route("/other", html("<title>Other</title>"));
    expect(await page.check(redirect(`http://${HOST}:${server.port}/`))).toEqual({ linkHealth: "moved", linkGoneStreak: 0 });
    expect(await page.check(status(200))).toEqual({ linkHealth: "ok", linkGoneStreak: 0 });
    expect(await page.check(redirect(`http://${HOST}:${server.port}/other`))).toEqual({ linkHealth: "moved", linkGoneStreak: 0 });
  });
});

describe("sweepLinkHealth", () => {
  it("queues a check for items not checked for a week, spaced per host, and skips removed items", async () => {
    const claim = await makeClaim();
    const analyst = await makeUser({ roles: ["analyst"] });
    const host = `sweep-${uniqueToken()}.example.org`;
    const now = new Date("2030-01-01T00:00:00Z");
    const items = [];
    for (let index = 0; index < 3; index++) items.push(await addEvidence(analyst, evidenceInput(claim.id, { url: `https://${host}/a${index}` })));
    const fresh = await addEvidence(analyst, evidenceInput(claim.id, { url: `https://${host}/fresh` }));
    const removed = await addEvidence(analyst, evidenceInput(claim.id, { url: `https://${host}/removed` }));
    await getDb().evidence.updateMany({ where: { id: { in: items.map((item) => item.id) } }, data: { linkCheckedAt: new Date("2029-12-01T00:00:00Z") } });
    await getDb().evidence.update({ where: { id: fresh.id }, data: { linkCheckedAt: new Date("2029-12-30T00:00:00Z") } });
    await getDb().evidence.update({ where: { id: removed.id }, data: { deletedAt: now } });

    await sweepLinkHealth(now);
    const queued = await getDb().jobOutbox.findMany({ where: { name: "evidence.check-link", singletonKey: { in: [...items, fresh, removed].map((item) => item.id) } } });
    expect(queued.map((row) => row.singletonKey).sort()).toEqual(items.map((item) => item.id).sort());
    const offsets = queued.map((row) => (row.startAfter!.getTime() - now.getTime()) / 1000).sort((a, b) => a - b);
    expect(offsets).toEqual([0, HOST_SPACING_SECONDS, 2 * HOST_SPACING_SECONDS]);
  });
});
