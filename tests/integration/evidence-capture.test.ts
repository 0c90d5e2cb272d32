// Capturing evidence pages: on save a job is queued in the same transaction; the job
// fetches the page (real local HTTP servers), keeps its hash, readable text and body,
// checks the quote, notes link health, and records failures with their reason.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import { createSafeFetcher } from "@/lib/net/safe-fetch";
import { resolverWithTestHosts } from "@/lib/net/test-hosts";
import { systemResolver } from "@/lib/net/safe-fetch";
import { captureEvidence, RetryCapture, type CaptureDeps } from "@/lib/server/capture/capture-evidence";
import { postgresCaptureStore } from "@/lib/server/capture/capture-store";
import { lookupSnapshot } from "@/lib/server/capture/internet-archive";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { editEvidence } from "@/lib/server/evidence/edit-evidence";
import { evidenceInput, makeClaim, makeUser, uniqueToken } from "../support/builders";
import { html, redirect, startFixtureServer, type FixtureServer } from "../support/http-fixtures";
import { startTestWorker, waitFor } from "../support/job-worker";
import { barePage, jsonLdPage, openGraphPage, QUOTE_AS_TYPED, QUOTE_ON_PAGE } from "../support/news-pages";
import { editEvidenceInput } from "../support/workspace-builders";

// A public-looking test name pinned to the local servers, as the test-only allow-list does.
const HOST = "news.fixture.test";
process.env.PROOFBOARD_TEST_ONLY_FETCH_ALLOW = `${HOST}=127.0.0.1`;
process.env.PROOFBOARD_ARCHIVE = "off";

const fetcher = createSafeFetcher({ userAgent: "test", allow: ["127.0.0.1"], resolve: resolverWithTestHosts(new Map([[HOST, "127.0.0.1"]]), systemResolver) });
const deps = (overrides: Partial<CaptureDeps> = {}): CaptureDeps => ({ fetch: fetcher, store: postgresCaptureStore, archive: async () => null, now: () => new Date(), ...overrides });
const lastAttempt = { isLastAttempt: true };

async function logEvidence(server: FixtureServer, path: string, overrides: Record<string, unknown> = {}) {
  const claim = await makeClaim();
  const analyst = await makeUser({ roles: ["analyst"] });
  return addEvidence(analyst, evidenceInput(claim.id, { url: `http://${HOST}:${server.port}${path}`, quote: QUOTE_AS_TYPED, ...overrides }));
}

const latestCapture = (evidenceId: string) => getDb().evidenceCapture.findFirst({ where: { evidenceId }, orderBy: { capturedAt: "desc" } });

describe("on save", () => {
  it("queues a capture in the same transaction as the new item, without fetching anything", async () => {
    const server = await startFixtureServer();
    const item = await logEvidence(server, `/a/${uniqueToken()}`);
    const queued = await getDb().jobOutbox.findMany({ where: { name: "evidence.capture", singletonKey: item.id } });
    expect(queued.map((row) => row.data)).toEqual([{ evidenceId: item.id }]);
    expect(server.hits).toEqual([]);
  });

  it("queues a new capture when an edit changes the URL or the quote, and none for other edits", async () => {
    const server = await startFixtureServer();
    const item = await logEvidence(server, `/a/${uniqueToken()}`);
    const editor = await makeUser({ roles: ["analyst"] });
    const count = () => getDb().jobOutbox.count({ where: { name: "evidence.capture", singletonKey: item.id } });
    await editEvidence(editor, await editEvidenceInput(item.id, { title: "A corrected title for the story" }));
    expect(await count()).toBe(1);
    await editEvidence(editor, await editEvidenceInput(item.id, { quote: "two engineers said" }));
    expect(await count()).toBe(2);
  });
});

describe("captureEvidence", () => {
  it("keeps the time, status, final and canonical URL, type, sha256, body and readable text (no scripts)", async () => {
    const server = await startFixtureServer();
    const path = `/news/${uniqueToken()}`;
    const page = openGraphPage(`http://${HOST}:${server.port}`, path);
    server.route(`${path}-old`, redirect(path, 301));
    server.route(path, html(page));
    const item = await logEvidence(server, `${path}-old`);
    const at = new Date("2026-03-03T10:00:00Z");

    expect(await captureEvidence(item.id, lastAttempt, deps({ now: () => at }))).toBe("captured");
    const capture = await latestCapture(item.id);
    expect(capture).toMatchObject({
      outcome: "captured",
      capturedAt: at,
      httpStatus: 200,
      finalUrl: `http://${HOST}:${server.port}${path}`,
      canonicalUrl: `http://${HOST}:${server.port}${path}`,
      contentType: "text/html; charset=utf-8",
      sha256: createHash("sha256").update(page).digest("hex"),
      byteLength: Buffer.byteLength(page),
      pageTitle: "Prototype lithography machine reaches test wafers",
    });
    expect(capture!.readableText).toContain(QUOTE_ON_PAGE);
    expect(capture!.readableText).not.toMatch(/injected by a script|analytics|Most read/);
    expect((await postgresCaptureStore.get(capture!.bodyKey!))!.toString("utf8")).toBe(page);
  });

  it("finds the quote despite straight quotes, hyphens and spacing, anchored as a TextQuoteSelector", async () => {
    const server = await startFixtureServer();
    server.route("/ld", html(jsonLdPage(`http://${HOST}:${server.port}`, "/ld")));
    const item = await logEvidence(server, "/ld");
    await captureEvidence(item.id, lastAttempt, deps());
    const capture = await latestCapture(item.id);
    expect(capture!.quoteCheck).toBe("found");
    expect(capture!.quoteSelector).toMatchObject({ type: "TextQuoteSelector", exact: QUOTE_AS_TYPED.replace(/\s+/g, " "), suffix: expect.stringMatching(/^ The prototype, assembled/) });
    expect((capture!.quoteSelector as { prefix: string }).prefix).toMatch(/A\. Reporter $/);
  });

  it("says so when the quote is not on the page, and when there is no quote to check", async () => {
    const server = await startFixtureServer();
    server.route("/bare", html(barePage()));
    const missing = await logEvidence(server, "/bare", { quote: "The prototype already runs at 200 wafers per hour." });
    await captureEvidence(missing.id, lastAttempt, deps());
    expect(await latestCapture(missing.id)).toMatchObject({ quoteCheck: "not_found", quoteSelector: { exact: "The prototype already runs at 200 wafers per hour.", prefix: "", suffix: "" } });

    const server2 = await startFixtureServer();
    server2.route("/bare", html(barePage()));
    const none = await logEvidence(server2, "/bare", { quote: "" });
    await captureEvidence(none.id, lastAttempt, deps());
    expect(await latestCapture(none.id)).toMatchObject({ outcome: "captured", quoteCheck: "no_quote", quoteSelector: null });
  });

  it("records a 404 as a failed capture with its reason, without retrying, and notes the observation", async () => {
    const server = await startFixtureServer();
    const item = await logEvidence(server, "/gone");
    expect(await captureEvidence(item.id, { isLastAttempt: false }, deps())).toBe("failed");
    expect(await latestCapture(item.id)).toMatchObject({ outcome: "failed", httpStatus: 404, errorCode: "http_404", quoteCheck: "no_capture", readableText: null });
    expect(await getDb().linkCheck.findMany({ where: { evidenceId: item.id } })).toMatchObject([{ observation: "not_found", httpStatus: 404 }]);
  });

  it("asks for a retry on passing trouble (a 503, a timeout), and records the reason on the last attempt", async () => {
    const server = await startFixtureServer();
    server.route("/busy", html("busy", 503));
    const item = await logEvidence(server, "/busy");
    await expect(captureEvidence(item.id, { isLastAttempt: false }, deps())).rejects.toBeInstanceOf(RetryCapture);
    expect(await latestCapture(item.id)).toBeNull();
    await captureEvidence(item.id, lastAttempt, deps());
    expect(await latestCapture(item.id)).toMatchObject({ outcome: "failed", httpStatus: 503, errorMessage: "The page answered 503." });
    const [observation] = await getDb().linkCheck.findMany({ where: { evidenceId: item.id } });
    expect(observation).toMatchObject({ observation: "unknown", httpStatus: 503 });

    server.route("/slow", () => undefined);
    const slow = await logEvidence(server, "/slow");
    const slowFetch = createSafeFetcher({ userAgent: "test", allow: ["127.0.0.1"], resolve: resolverWithTestHosts(new Map([[HOST, "127.0.0.1"]]), systemResolver) });
    const timed = deps({ fetch: (url, options) => slowFetch(url, { ...options, timeoutMs: 200 }) });
    await expect(captureEvidence(slow.id, { isLastAttempt: false }, timed)).rejects.toBeInstanceOf(RetryCapture);
    await captureEvidence(slow.id, lastAttempt, timed);
    expect(await latestCapture(slow.id)).toMatchObject({ outcome: "failed", errorCode: "timeout", errorMessage: "the page did not answer in time" });
  });

  it("records a refused address as a failed capture and never retries it", async () => {
    const item = await logEvidence(await startFixtureServer(), "/x");
    const strict = createSafeFetcher({ userAgent: "test", resolve: async () => [{ address: "10.0.0.7", family: 4 }] });
    expect(await captureEvidence(item.id, { isLastAttempt: false }, deps({ fetch: strict }))).toBe("failed");
    expect(await latestCapture(item.id)).toMatchObject({ outcome: "failed", errorCode: "refused_address" });
  });

  it("records the Internet Archive's snapshot URL and the snapshot's own time", async () => {
    const archive = await startFixtureServer();
    archive.route("/wayback/available", (_request, response) =>
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ archived_snapshots: { closest: { available: true, status: "200", url: "http://web.archive.org/web/20260301120000/https://example.com/", timestamp: "20260301120000" } } })),
    );
    const server = await startFixtureServer();
    server.route("/bare", html(barePage()));
    const item = await logEvidence(server, "/bare");
    await captureEvidence(item.id, lastAttempt, deps({ archive: (url) => lookupSnapshot(url, fetcher, `${archive.origin}/wayback/available`) }));
    expect(await latestCapture(item.id)).toMatchObject({ mementoUrl: "https://web.archive.org/web/20260301120000/https://example.com/", mementoAt: new Date("2026-03-01T12:00:00Z") });
    expect(archive.hits[0]).toBe(`/wayback/available?url=${encodeURIComponent(`http://${HOST}:${server.port}/bare`)}`);
  });

  it("skips an item removed before its capture ran", async () => {
    const item = await logEvidence(await startFixtureServer(), "/x");
    await getDb().evidence.update({ where: { id: item.id }, data: { deletedAt: new Date() } });
    expect(await captureEvidence(item.id, lastAttempt, deps())).toBe("skipped");
  });
});

describe("the worker", () => {
  it("captures an item saved through the command: outbox → queue → capture, quote found", async () => {
    const server = await startFixtureServer();
    server.route("/og", html(openGraphPage(`http://${HOST}:${server.port}`, "/og")));
    // Captures queued by the other tests of this file (some of slow pages) are not this test's.
    await getDb().jobOutbox.deleteMany();
    await startTestWorker({ handlers: JOB_HANDLERS });
    const item = await logEvidence(server, "/og");
    const capture = await waitFor(() => latestCapture(item.id), "the capture");
    expect(capture).toMatchObject({ outcome: "captured", quoteCheck: "found" });
    expect(await getDb().evidence.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ linkHealth: "ok", linkGoneStreak: 0 });
  });
});
