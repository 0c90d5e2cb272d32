import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { XMLParser } from "fast-xml-parser";
import { expect, test, type SeedTracker } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

// The ticks-over-time chart, the Atom feed, a CSV download, the badge and the widget, as a
// reader (or another site) meets them, on a tracker this spec creates: three proof points,
// three approved changes (one box ticked, one contested), one claim with a far deadline.

async function outputsTracker(seedTracker: SeedTracker) {
  const token = uniqueToken();
  return seedTracker({
    title: `Outputs tracker ${token}`,
    proofPoints: ["First box", "Second box", "Third box"],
    claims: [
      {
        statement: `The first box is met ${token}`,
        point: 0,
        evidence: [{ title: `Supporting report ${token}`, stance: "supports" }],
        approved: ["partially_supported", "supported"],
      },
      { statement: `The second box is contested ${token}`, point: 1, evidence: [{ title: `Contested report ${token}`, stance: "refutes" }], approved: ["disputed"] },
      { statement: `The third box resolves by 2030 ${token}`, point: 2, resolveBy: "2030-12-31" },
    ],
  });
}

test.describe("public outputs", () => {
  test("the scorecard's chart is an image with a text alternative and a data table behind a keyboard toggle", async ({ page, seedTracker }) => {
    const tracker = await outputsTracker(seedTracker);
    await page.goto(`/trackers/${tracker.slug}`);
    await expect(page.getByText("1 of 3 boxes ticked", { exact: true })).toBeVisible();
    const section = page.getByRole("region", { name: "Boxes ticked over time" });
    const chart = section.getByRole("img", { name: "Boxes ticked over time" });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(/approved changes; boxes ticked now: 1 of 3/);

    const toggle = section.getByText("Show the data as a table");
    const table = section.getByRole("table");
    await expect(table).toBeHidden();
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expect(table).toBeVisible();
    // A header row and one row per approved change, each linking to its claim.
    await expect(table.getByRole("row")).toHaveCount(1 + 3);
    await expect(table.getByRole("link").first()).toHaveAttribute("href", /^\/claims\//);
  });

  test("each box's state over time: a lane per proof point with hover values, a table and a CSV of the same data", async ({ page, seedTracker }) => {
    const tracker = await outputsTracker(seedTracker);
    await page.goto(`/trackers/${tracker.slug}`);
    const chart = page.getByRole("img", { name: "Each box's state over time" });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(/Now: First box: ticked; Second box: contested; Third box: open\./);
    // Hover values: every bar carries its state and dates as an SVG title.
    const titles = await chart.locator("rect title").allTextContents();
    expect(titles.some((title) => /^First box: Ticked from \d{1,2} \w{3} \d{4} to /.test(title))).toBe(true);
    expect(titles.some((title) => title.startsWith("Second box: Contested from "))).toBe(true);
    expect(titles.some((title) => title.startsWith("Third box: Open from "))).toBe(true);
    // The contested box is not drawn as open: its last bar says so.
    await expect(chart.locator('g[data-proof-point="point-2"] rect').last()).toHaveAttribute("data-state", "contested");

    await page.getByText("Show the box states as a table").click();
    const table = page.getByRole("table", { name: "Changes of each box's state" });
    await expect(table.getByRole("row")).toHaveCount(1 + 3);
    await expect(table.getByRole("row").nth(1)).toContainText("First box");

    const download = page.getByRole("link", { name: "Box states (CSV)" });
    const href = await download.getAttribute("href");
    expect(href).toBe(`/trackers/${tracker.slug}/export.csv?table=box_states`);
    const csv = await (await page.request.get(href!)).text();
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("at,proof_point_key,proof_point,from_state,to_state,counted,cause,status_change_id,claim_id,from_status,to_status,boxes_ticked,boxes_total");
    expect(lines.slice(1).map((line) => line.split(",").slice(1, 5).join(" "))).toEqual([
      // In the order the fixture approved them: the first claim twice, then the second.
      "point-1 First box open partial",
      "point-1 First box partial ticked",
      "point-2 Second box open contested",
    ]);
    expect(lines.at(-1)!.endsWith(",1,3")).toBe(true);
  });

  test("each proof point with a change shows its latest one, and the next resolve-by date is listed", async ({ page, seedTracker }) => {
    const tracker = await outputsTracker(seedTracker);
    await page.goto(`/trackers/${tracker.slug}`);
    const rows = page.getByRole("region", { name: "Proof points" });
    await expect(rows.getByText("Latest change")).toHaveCount(2);
    const deadlines = page.getByRole("region", { name: "Resolve-by dates" });
    await expect(deadlines.getByText("Next deadline")).toBeVisible();
    await expect(deadlines.getByRole("link")).toHaveCount(1);
    await expect(deadlines.getByRole("link")).toHaveText(tracker.claims[2]!.statement);
  });

  test("the tracker's Atom feed is linked from the page and parses", async ({ page, request, seedTracker }) => {
    const tracker = await outputsTracker(seedTracker);
    await page.goto(`/trackers/${tracker.slug}`);
    const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(alternate).toHaveAttribute("href", `/trackers/${tracker.slug}/feed.xml`);

    const response = await request.get(`/trackers/${tracker.slug}/feed.xml`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    const xml = await response.text();
    // Chromium's own XML parser is strict: any well-formedness error yields <parsererror>.
    const parseErrors = await page.evaluate(
      (source) => new DOMParser().parseFromString(source, "application/xml").getElementsByTagName("parsererror").length,
      xml,
    );
    expect(parseErrors).toBe(0);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
      feed: { title: { "#text": string }; entry: { id: string; title: { "#text": string } }[] };
    };
    expect(feed.title["#text"]).toContain(tracker.title);
    expect(feed.entry).toHaveLength(3);
    expect(feed.entry[0]!.title["#text"]).toMatch(/→/);
  });

  test("the claims CSV downloads with its file name and one row per claim", async ({ page, seedTracker }) => {
    const tracker = await outputsTracker(seedTracker);
    await page.goto(`/trackers/${tracker.slug}`);
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Claims (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${tracker.slug}-claims.csv`);
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe(
      "claim_id,tracker,demo_data,proof_point_key,proof_point,statement,claimant,subject,status,claimed_at,resolve_by,overdue,due_soon,evidence_count,supporting_items,supporting_origins,refuting_items,refuting_origins,last_change_at,needs_re_review,re_review_reason,re_review_since,meets_criteria,criteria_version,url",
    );
    expect(lines).toHaveLength(1 + tracker.claims.length);
    for (const claim of tracker.claims) expect(csv).toContain(claim.id);
  });

  test("the badge is an SVG any site may show, with the page's copy-paste snippet", async ({ page, request, seedTracker }) => {
    const tracker = await outputsTracker(seedTracker);
    const badge = await request.get(`/trackers/${tracker.slug}/badge.svg?label=My%20proof%20points`);
    expect(badge.status()).toBe(200);
    expect(badge.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
    expect(await badge.text()).toContain(">My proof points<");
    expect(badge.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(badge.headers()["x-frame-options"]).toBeUndefined();

    await page.goto(`/trackers/${tracker.slug}`);
    const preview = page.getByRole("img", { name: new RegExp(`^Badge: ${tracker.title}`) });
    await expect(preview).toBeVisible();
    expect(await preview.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(100);
    await expect(page.getByLabel("Badge (SVG image)")).toHaveValue(new RegExp(`<img src="http://localhost:\\d+/trackers/${tracker.slug}/badge\\.svg"`));
  });

  test("only the badge and the widget may be framed by another site", async ({ page, request, baseURL, seedTracker }) => {
    const tracker = await outputsTracker(seedTracker);
    for (const path of ["/", `/trackers/${tracker.slug}`, "/api/v1/trackers", "/methodology"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    }
    // Another site: a page served by a server of the test's own, on another origin.
    const host = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.end(
        `<!doctype html><title>Another site</title>` +
          `<iframe src="${baseURL}/trackers/${tracker.slug}/widget" title="widget" width="360" height="420"></iframe>` +
          `<iframe src="${baseURL}/trackers/${tracker.slug}" title="scorecard" width="360" height="420"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
    const { port } = host.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const widget = page.frameLocator('iframe[title="widget"]');
    await expect(widget.getByText("1 of 3 boxes ticked")).toBeVisible();
    await expect(widget.getByRole("list", { name: "Proof points" }).getByRole("listitem")).toHaveCount(3);
    const blocked = page.frameLocator('iframe[title="scorecard"]');
    // Chromium shows its own error page in a frame it refused; the scorecard never renders.
    const scorecardFrame = () => page.frames().find((frame) => frame.parentFrame() === page.mainFrame() && !frame.url().includes("/widget"));
    // Wait until Chromium has decided about the second frame: its error page replaces it.
    await expect.poll(() => scorecardFrame()?.url() ?? "").toMatch(/^chrome-error:/);
    await expect(blocked.getByText(/boxes ticked/)).toHaveCount(0);
    await new Promise((resolve) => host.close(resolve));
  });

  test("a claim page carries OpenGraph metadata and, once reviewed, a ClaimReview", async ({ page, seedTracker }) => {
    const tracker = await outputsTracker(seedTracker);
    const claim = tracker.claims[0]!;
    await page.goto(`/claims/${claim.id}`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", claim.statement);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`/claims/${claim.id}$`));
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as { "@type": string; reviewRating: { alternateName: string } };
    expect(jsonLd).toMatchObject({ "@type": "ClaimReview", reviewRating: { alternateName: expect.any(String) } });
  });
});
