import { readFile } from "node:fs/promises";
import { expect, test } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

// What a reader gets beyond the scorecard itself: citations in three forms, right-to-left
// text that keeps its place, the feeds as a page, the as-of date, named headline boxes,
// a proof point's claims and a summary that stays in view.

const letters = (token: string) => token.replace(/[0-9]/g, (digit) => "abcdefghij"[Number(digit)]!);

test("cite this claim: a citation to copy, CSL-JSON and RIS downloads, and meta tags for reference managers", async ({ page, context, seedTracker }) => {
  const token = uniqueToken();
  const tracker = await seedTracker({
    proofPoints: ["Wafer results"],
    claims: [{ statement: `The citable scanner exposed wafers ${token}`, evidence: [{ title: `Report ${token}`, stance: "supports" }], approved: ["partially_supported"] }],
  });
  const claim = tracker.claims[0]!;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/claims/${claim.id}`);

  expect(await page.locator('meta[name="citation_title"]').getAttribute("content")).toBe(`${claim.statement}.`);
  expect(await page.locator('meta[name="DC.identifier"]').getAttribute("content")).toMatch(new RegExp(`/claims/${claim.id}$`));
  expect(await page.locator('meta[name="citation_publication_date"]').getAttribute("content")).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);

  await page.getByText("Cite this claim").click();
  const citation = page.locator("#claim-citation");
  await expect(citation).toContainText(`“${claim.statement}.” ${tracker.title}: Wafer results. Status: Partially supported.`);
  await page.getByRole("button", { name: "Copy citation" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await citation.textContent());

  const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSL-JSON" }).click()]);
  expect(json.suggestedFilename()).toBe(`claim-${claim.id}.json`);
  const [item] = JSON.parse(await readFile((await json.path())!, "utf8")) as Record<string, unknown>[];
  expect(item).toMatchObject({ type: "webpage", title: `${claim.statement}.`, "container-title": tracker.title, note: "Status: Partially supported" });

  const [ris] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "RIS" }).click()]);
  expect(ris.suggestedFilename()).toBe(`claim-${claim.id}.ris`);
  const lines = (await readFile((await ris.path())!, "utf8")).split("\r\n");
  expect(lines[0]).toBe("TY  - ELEC");
  expect(lines).toContain(`TI  - ${claim.statement}.`);
  expect(lines).toContain(`T2  - ${tracker.title}`);
});

test("right-to-left titles keep their place beside the text around them", async ({ page, seedTracker }) => {
  const word = `bidi${letters(uniqueToken())}`;
  const tracker = await seedTracker({
    title: `متتبع الطباعة ${word}`,
    proofPoints: ["نتائج الرقائق"],
    claims: [{ statement: `عرضت الآلة رقائق ${word}`, evidence: [{ title: `تقرير ${word}`, stance: "supports" }], approved: ["partially_supported"] }],
  });
  const claim = tracker.claims[0]!;

  // The search result's meta line is "tracker · proof point · claimant": in a left-to-right
  // line, two right-to-left titles must not merge into one run that swaps their order.
  await page.goto(`/search?q=${word}`);
  const result = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: claim.statement }) });
  const trackerBox = await result.getByRole("link", { name: tracker.title }).boundingBox();
  const pointBox = await result.getByRole("link", { name: "نتائج الرقائق" }).boundingBox();
  expect(trackerBox!.x).toBeLessThan(pointBox!.x);
  expect(await result.getByRole("link", { name: claim.statement }).evaluate((link) => getComputedStyle(link).direction)).toBe("rtl");

  // The scorecard: the statement runs right to left; the meta line after it stays left to right.
  await page.goto(`/trackers/${tracker.slug}`);
  const row = page.getByRole("list", { name: "Claims under نتائج الرقائق" }).getByRole("listitem");
  expect(await row.getByRole("link", { name: claim.statement }).evaluate((link) => getComputedStyle(link).direction)).toBe("rtl");
  const meta = row.locator("bdi", { hasText: /\S/ }).first();
  await expect(meta).toBeVisible();
  expect(await page.getByRole("heading", { level: 1 }).evaluate((heading) => getComputedStyle(heading).direction)).toBe("rtl");
  // The number stays before the title in the row heading.
  const heading = page.getByRole("heading", { level: 3, name: /نتائج الرقائق/ });
  const numberBox = await heading.locator("span").first().boundingBox();
  const titleBox = await heading.locator("bdi").boundingBox();
  expect(numberBox!.x).toBeLessThan(titleBox!.x);
});

test("the scorecard: named headline boxes link to their rows, an as-of date, a summary that stays in view, and section links", async ({ page, seedTracker }) => {
  const tracker = await seedTracker({
    proofPoints: ["Wafer results", "Throughput"],
    claims: [{ statement: `Wafers exposed ${uniqueToken()}`, evidence: [{ title: `Report ${uniqueToken()}`, stance: "supports" }], approved: ["partially_supported"] }],
  });
  await page.goto(`/trackers/${tracker.slug}`);
  const boxes = page.getByRole("list", { name: "Proof points", exact: true });
  await expect(boxes.getByRole("link")).toHaveCount(2);
  await expect(boxes.getByRole("link").first()).toHaveAccessibleName("1. Wafer results: Partial");
  await expect(boxes.getByRole("link").nth(1)).toHaveAccessibleName("2. Throughput: Open");
  await expect(boxes.getByRole("link").first()).toHaveAttribute("title", "1. Wafer results: Partial");
  await expect(page.locator("p", { hasText: /^\d+ of 2 boxes ticked as of \d{1,2} [A-Z][a-z]{2} \d{4}$/ })).toBeVisible();

  await boxes.getByRole("link", { name: "2. Throughput: Open" }).click();
  await expect(page).toHaveURL(/#proof-point-point-2$/);
  await expect(page.getByRole("heading", { level: 3, name: "Throughput" })).toBeInViewport();

  const sections = page.getByRole("navigation", { name: "Sections of this scorecard" });
  await sections.getByRole("link", { name: "Embed" }).click();
  await expect(page.getByRole("heading", { name: "Embed this scorecard" })).toBeInViewport();
  // Far down the page, the headline is still on screen.
  await expect(boxes).toBeInViewport();

  const badge = await page.request.get(`/trackers/${tracker.slug}/badge.svg?label=${encodeURIComponent("A label far longer than forty characters, which used to break")}`);
  expect(badge.status()).toBe(200);
  const svg = await badge.text();
  expect(svg).toContain("…<");
  expect(svg).toMatch(/>as of \d{1,2} [A-Z][a-z]{2} \d{4}</);
  const widget = await page.request.get(`/trackers/${tracker.slug}/widget`);
  expect(await widget.text()).toMatch(/as of <time datetime="[^"]+">\d{1,2} [A-Z][a-z]{2} \d{4}<\/time>/);
});

test("a proof point's page lists its claims", async ({ page, seedTracker }) => {
  const token = uniqueToken();
  const tracker = await seedTracker({
    proofPoints: ["Wafer results", "Throughput"],
    claims: [{ statement: `Listed on its point ${token}` }, { statement: `Filed elsewhere ${token}`, point: 1 }],
  });
  await page.goto(`/trackers/${tracker.slug}/points/point-1`);
  const section = page.getByRole("region", { name: "Claims (1)" });
  await expect(section.getByRole("link", { name: `Listed on its point ${token}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Filed elsewhere ${token}` })).toHaveCount(0);
  expect((await page.goto(`/trackers/${tracker.slug}/points/point-1?page=zero`))?.status()).toBe(404);
});

test("a feed opened in the browser reads as a page, and the site has a favicon and social images", async ({ page, seedTracker }) => {
  const tracker = await seedTracker({
    proofPoints: ["Wafer results"],
    claims: [{ statement: `Fed ${uniqueToken()}`, evidence: [{ title: `Report ${uniqueToken()}`, stance: "supports" }], approved: ["partially_supported"] }],
  });
  await page.goto(`/trackers/${tracker.slug}/feed.xml`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${tracker.title}: approved status changes`);
  await expect(page.getByText("This is an Atom feed.")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Partially supported: ${tracker.claims[0]!.statement}`) })).toBeVisible();

  await page.goto(`/trackers/${tracker.slug}`);
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect((await page.request.get(icon!)).headers()["content-type"]).toContain("image/svg+xml");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  const png = await page.request.get(new URL(image!).pathname + new URL(image!).search);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect((await png.body()).subarray(1, 4).toString()).toBe("PNG");
});
