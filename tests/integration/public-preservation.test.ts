// Readers see each item's preservation: the claim page's data and markup (Robust Links),
// the API, the CSV export, and the stored readable text served escaped under a strict CSP.
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { GET as captureText } from "@/app/captures/[id]/route";
import { EvidenceItem } from "@/components/evidence-item";
import { getDb } from "@/lib/db/client";
import { createSafeFetcher, systemResolver } from "@/lib/net/safe-fetch";
import { resolverWithTestHosts } from "@/lib/net/test-hosts";
import { captureEvidence } from "@/lib/server/capture/capture-evidence";
import { postgresCaptureStore } from "@/lib/server/capture/capture-store";
import { addEvidence } from "@/lib/server/evidence/add-evidence";
import { getPublicClaim } from "@/lib/server/public/get-public-claim";
import { ZApiClaim } from "@/lib/validation/api/claim-responses";
import { evidenceInput, makeClaim, makeTracker, makeUser } from "../support/builders";
import { html, startFixtureServer } from "../support/http-fixtures";
import { openGraphPage, QUOTE_AS_TYPED } from "../support/news-pages";
import { get } from "../support/public-routes";

const HOST = "reader.fixture.test";
const fetcher = createSafeFetcher({ userAgent: "test", allow: ["127.0.0.1"], resolve: resolverWithTestHosts(new Map([[HOST, "127.0.0.1"]]), systemResolver) });
const AT = new Date("2026-03-03T10:00:00Z");
const MEMENTO = { url: "https://web.archive.org/web/20260301120000/https://example.com/", at: new Date("2026-03-01T12:00:00Z") };

async function capturedItem(options: { published?: boolean; extraHtml?: string } = {}) {
  const server = await startFixtureServer();
  const origin = `http://${HOST}:${server.port}`;
  server.route("/story", html(openGraphPage(origin, "/story").replace("</article>", `${options.extraHtml ?? ""}</article>`)));
  const tracker = await makeTracker({ proofPoints: 1, published: options.published ?? true });
  const claim = await makeClaim({ proofPointId: tracker.proofPoints[0]!.id });
  const item = await addEvidence(await makeUser({ roles: ["analyst"] }), evidenceInput(claim.id, { url: `${origin}/story`, quote: QUOTE_AS_TYPED }));
  await captureEvidence(item.id, { isLastAttempt: true }, { fetch: fetcher, store: postgresCaptureStore, archive: async () => MEMENTO, now: () => AT });
  const capture = await getDb().evidenceCapture.findFirstOrThrow({ where: { evidenceId: item.id } });
  return { tracker, claim, item, capture, origin };
}

const open = (id: string) => captureText(new Request(`http://localhost:3000/captures/${id}`), { params: Promise.resolve({ id }) });

describe("the claim page", () => {
  it("shows the capture time, the stored copy, the memento, the quote check and the link checks, with Robust Links attributes", async () => {
    const { claim, capture } = await capturedItem();
    const publicClaim = await getPublicClaim({ id: claim.id });
    const evidence = publicClaim!.evidenceByStance.supports[0]!;
    expect(evidence.preservation).toMatchObject({
      capture: { capturedAt: AT.toISOString(), outcome: "captured", textPath: `/captures/${capture.id}`, httpStatus: 200 },
      memento: { url: MEMENTO.url, at: MEMENTO.at.toISOString() },
      quote: { check: "found", checkedAt: AT.toISOString(), selector: { type: "TextQuoteSelector" } },
      link: { health: "ok", observations: [{ observation: "ok", httpStatus: 200, checkedAt: AT.toISOString() }] },
    });
    const markup = renderToStaticMarkup(EvidenceItem({ evidence }));
    expect(markup).toContain(`data-versionurl="${MEMENTO.url}"`);
    expect(markup).toContain('data-versiondate="2026-03-01"');
    expect(markup).toContain("Quote found in the capture of");
    expect(markup).toContain(`href="/captures/${capture.id}"`);
    expect(markup).toContain("Link checks: reachable on 3 Mar 2026.");
  });

  it("says when the quote is not in the page as captured, and when a link is gone says only what was observed", async () => {
    const { claim, item } = await capturedItem();
    await getDb().evidenceCapture.updateMany({ where: { evidenceId: item.id }, data: { quoteCheck: "not_found" } });
    await getDb().linkCheck.createMany({
      data: [
        { evidenceId: item.id, observation: "not_found", httpStatus: 404, checkedAt: new Date("2026-03-10T10:00:00Z") },
        { evidenceId: item.id, observation: "not_found", httpStatus: 404, checkedAt: new Date("2026-03-17T10:00:00Z") },
      ],
    });
    await getDb().evidence.update({ where: { id: item.id }, data: { linkHealth: "gone", linkGoneStreak: 2 } });
    const evidence = (await getPublicClaim({ id: claim.id }))!.evidenceByStance.supports[0]!;
    const markup = renderToStaticMarkup(EvidenceItem({ evidence }));
    expect(markup).toContain("Quote not found in the page as captured");
    expect(markup).toContain("Source offline: reachable on 3 Mar 2026; 404 on 10 Mar 2026 and 17 Mar 2026.");
    expect(markup).not.toMatch(/deleted/i);
  });
});

describe("the API and the exports", () => {
  it("carry the preservation of each item, valid against the published schema", async () => {
    const { tracker, claim, capture } = await capturedItem();
    const response = await get(`/api/v1/claims/${claim.id}`);
    const body = ZApiClaim.parse(await response.json());
    expect(body.data.evidence[0]!.preservation).toMatchObject({
      capture: { textUrl: `http://localhost:3000/captures/${capture.id}`, sha256: capture.sha256 },
      memento: { url: MEMENTO.url },
      quote: { check: "found" },
      link: { health: "ok" },
    });
    const openapi = await (await get("/api/v1/openapi.json")).json();
    expect(Object.keys(openapi.components.schemas)).toContain("Preservation");

    const csv = await (await get(`/trackers/${tracker.slug}/export.csv?table=evidence`)).text();
    const [header, row] = csv.trim().split(/\r?\n/);
    expect(header).toContain("captured_at,capture_text_url,capture_sha256,memento_url,memento_at,quote_check,link_checked_at");
    expect(row).toContain(`http://localhost:3000/captures/${capture.id}`);
    expect(row).toContain(",found,");
  });
});

describe("GET /captures/{id}", () => {
  it("serves the readable text escaped, with a strict CSP of its own and no markup of the original", async () => {
    const { capture, origin } = await capturedItem({ extraHtml: "<p>Readers typed &lt;script&gt;alert(1)&lt;/script&gt; into the comments.</p><img src=x onerror=alert(2)><iframe src=//evil.example></iframe>" });
    const response = await open(capture.id);
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'$/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    const page = await response.text();
    expect(page).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(page).not.toMatch(/<script|<img|<iframe|onerror/i);
    expect(page).toContain(`Original address: ${origin}/story`);
    expect(page).toContain(`SHA-256 of the page as received: <code>${capture.sha256}</code>`);
  });

  it("answers 404 for an unpublished tracker's capture, a removed item's, and an unknown id; 400 for a malformed id", async () => {
    const hidden = await capturedItem({ published: false });
    expect((await open(hidden.capture.id)).status).toBe(404);
    const removed = await capturedItem();
    await getDb().evidence.update({ where: { id: removed.item.id }, data: { deletedAt: new Date() } });
    expect((await open(removed.capture.id)).status).toBe(404);
    expect((await open("cnotacapture000000000000")).status).toBe(404);
    const bad = await open("../etc/passwd");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fieldErrors).toHaveProperty("id");
  });
});
