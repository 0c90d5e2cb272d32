import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { XMLParser } from "fast-xml-parser";
import { expect, test } from "@playwright/test";

// Issue 6 against the seeded demo data: the ticks-over-time chart, the Atom feed, a CSV
// download, the badge and the widget, as a reader (or another site) meets them.

test.describe("public outputs", () => {
  test("the scorecard's chart is an image with a text alternative and a data table behind a keyboard toggle", async ({ page }) => {
    await page.goto("/trackers/euv");
    const section = page.getByRole("region", { name: "Boxes ticked over time" });
    const chart = section.getByRole("img", { name: "Boxes ticked over time" });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(/approved changes; boxes ticked now: \d+ of 6/);

    const toggle = section.getByText("Show the data as a table");
    const table = section.getByRole("table");
    await expect(table).toBeHidden();
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(table).toBeVisible();
    // One row per approved change in the demo data, each linking to its claim.
    await expect(table.getByRole("row")).toHaveCount(1 + 5);
    await expect(table.getByRole("link").first()).toHaveAttribute("href", /^\/claims\//);
  });

  test("each proof point shows its latest approved change, and the resolve-by dates are listed", async ({ page }) => {
    await page.goto("/trackers/euv");
    const rows = page.getByRole("region", { name: "Proof points" });
    await expect(rows.getByText("Latest change")).toHaveCount(3);
    const deadlines = page.getByRole("region", { name: "Resolve-by dates" });
    await expect(deadlines.getByText("Next deadline")).toBeVisible();
    await expect(deadlines.getByRole("link")).toHaveCount(1);
  });

  test("the tracker's Atom feed is linked from the page and parses", async ({ page, request }) => {
    await page.goto("/trackers/euv");
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveAttribute("href", "/trackers/euv/feed.xml");

    const response = await request.get("/trackers/euv/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const xml = await response.text();
    // Chromium's own XML parser is strict: any well-formedness error yields <parsererror>.
    const parseErrors = await page.evaluate(
      (source) => new DOMParser().parseFromString(source, "application/xml").getElementsByTagName("parsererror").length,
      xml,
    );
    expect(parseErrors).toBe(0);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      feed: { title: { "#text": string }; entry: { title: { "#text": string } }[] };
    };
    expect(feed.title["#text"]).toContain("China EUV lithography");
    expect(feed.entry).toHaveLength(5);
    expect(feed.entry[0]!.title["#text"]).toMatch(/→/);
  });

  test("the claims CSV downloads with its file name and one row per claim", async ({ page }) => {
    await page.goto("/trackers/euv");
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Claims (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("euv-claims.csv");
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(
      "claim_id,tracker,demo_data,proof_point_key,proof_point,statement,claimant,subject,status,claimed_at,resolve_by,overdue,due_soon,evidence_count,last_change_at,url",
    );
    expect(lines).toHaveLength(1 + 12);
  });

  test("the badge is an SVG any site may show, with the page's copy-paste snippet", async ({ page, request }) => {
    const badge = await request.get("/trackers/euv/badge.svg?label=EUV%20proof%20points");
    expect(badge.status()).toBe(200);
    expect(badge.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(await badge.text()).toContain(">EUV proof points<");
    expect(badge.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(badge.headers()["x-frame-options"]).toBeUndefined();

    await page.goto("/trackers/euv");
    const preview = page.getByRole("img", { name: /^Badge: China EUV lithography/ });
    await expect(preview).toBeVisible();
    expect(await preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(100);
    await expect(page.getByLabel("Badge (SVG image)")).toHaveValue(/<img src="http:\/\/localhost:\d+\/trackers\/euv\/badge\.svg"/);
  });

  test("only the badge and the widget may be framed by another site", async ({ page, request, baseURL }) => {
    for (const path of ["/", "/trackers/euv", "/api/v1/trackers", "/methodology"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    // Another site: a page served by a server of the test's own, on another origin.
    const host = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(
        `<!doctype html><title>Another site</title>` +
          `<iframe src="${baseURL}/trackers/euv/widget" title="widget" width="360" height="420"></iframe>` +
          `<iframe src="${baseURL}/trackers/euv" title="scorecard" width="360" height="420"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const { port } = host.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const widget = page.frameLocator('iframe[title="widget"]');
    // Other specs may approve changes first, so the count itself is not asserted.
    await expect(widget.getByText(/\d+ of 6 boxes ticked/)).toBeVisible();
    await expect(widget.getByRole("list", { name: "Proof points" }).getByRole("listitem")).toHaveCount(6);
    const blocked = page.frameLocator('iframe[title="scorecard"]');
    // Chromium shows its own error page in a frame it refused; the scorecard never renders.
    const scorecardFrame = () => page.frames().find((frame) => frame.parentFrame() === page.mainFrame() && !frame.url().includes("/widget"));
    // Wait until Chromium has decided about the second frame: its error page replaces it.
    await expect.poll(() => scorecardFrame()?.url() ?? "").toMatch(/^chrome-error:/);
    await expect(blocked.getByText(/boxes ticked/)).toHaveCount(0);
    await new Promise((resolve) => host.close(resolve));
  });

  test("a claim page carries OpenGraph metadata; demo claims carry no ClaimReview", async ({ page }) => {
    await page.goto("/trackers/euv");
    const link = page.getByRole("region", { name: "Latest approved changes" }).getByRole("link").first();
    const statement = (await link.textContent())!.trim();
    await link.click();
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", statement);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/claims\/[^/]+$/);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  });
});
