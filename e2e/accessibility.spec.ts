import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { SeededTracker } from "./support/data-types";
import { expect, test, type SeedTracker } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

// axe-core finds no serious or critical violations on the public pages, on a desktop
// screen and on a 375 px phone; the scorecard also fits the phone without sideways scrolling.
// The tracker pages are those of a tracker this spec creates, with approved changes, a
// deadline and evidence, so every part of the page is there to check.

const IMPACTS_THAT_FAIL = new Set(["serious", "critical"]);

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => IMPACTS_THAT_FAIL.has(violation.impact ?? ""))
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(" ")),
    }));
}

function fullTracker(seedTracker: SeedTracker): Promise<SeededTracker> {
  const token = uniqueToken();
  return seedTracker({
    proofPoints: ["Wafer results", "Throughput"],
    claims: [
      { statement: `Wafers are exposed ${token}`, evidence: [{ title: `Wafer report ${token}`, stance: "supports", quote: "Test wafers were exposed." }], approved: ["partially_supported", "supported"] },
      { statement: `Throughput is disputed ${token}`, point: 1, resolveBy: "2030-12-31", evidence: [{ title: `Throughput doubts ${token}`, stance: "refutes" }], approved: ["disputed"] },
    ],
  });
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 812 },
]) {
  test.describe(`accessibility on a ${viewport.name} (${viewport.width} px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const path of ["/", "/methodology", "/corrections"]) {
      test(`${path} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test("a scorecard, a proof point page, a claim page, a source page and a corrections log have no serious or critical axe violations", async ({ page, seedTracker }) => {
      const tracker = await fullTracker(seedTracker);
      // The fixture's evidence cites news.example.com, so that source has a page.
      for (const path of [`/trackers/${tracker.slug}`, `/trackers/${tracker.slug}/points/${tracker.proofPoints[0]!.key}`, `/claims/${tracker.claims[0]!.id}`, "/sources/news.example.com", `/trackers/${tracker.slug}/corrections`]) {
        await page.goto(path);
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });

    test("the search, with results, with none and with a refused parameter, has no serious or critical axe violations", async ({ page, seedTracker }) => {
      const tracker = await fullTracker(seedTracker);
      const word = tracker.claims[0]!.statement.split(" ").at(-1)!;
      for (const path of ["/search", `/search?q=${encodeURIComponent(word)}`, `/search?tracker=${tracker.slug}&point=point-1`, "/search?q=zzzznothing", "/search?status=proven"]) {
        await page.goto(path);
        expect(await seriousViolations(page), path).toEqual([]);
      }
    });

    test("a claim page with its citation open has no serious or critical axe violations", async ({ page, seedTracker }) => {
      const tracker = await fullTracker(seedTracker);
      await page.goto(`/claims/${tracker.claims[0]!.id}`);
      await page.getByText("Cite this claim").click();
      expect(await seriousViolations(page)).toEqual([]);
    });

        test("the forecast pages have no serious or critical axe violations and fit the screen", async ({ page, seedTracker }) => {
      // Four pages, each checked by axe with its tables open.
      test.setTimeout(120_000);
      const token = uniqueToken();
      // One resolved question (scores, calibration) and one open, on a tracker of this spec's own.
      const tracker = await seedTracker({
        proofPoints: [`Forecast wafers ${token}`, `Forecast throughput ${token}`],
        forecasts: [
          { point: 0, probabilities: [70, 35], resolveYes: true },
          { point: 1, probabilities: [20] },
        ],
      });
      const resolved = tracker.questions[0]!;
      for (const path of [`/trackers/${tracker.slug}/forecasts`, resolved.path, `/forecasters/${resolved.forecasters[0]!.id}`, `/trackers/${tracker.slug}/points/${tracker.proofPoints[0]!.key}`]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        for (const details of await page.getByText(/^Show the (data|bins) as a table$/).all()) await details.click();
        expect(await seriousViolations(page), path).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBe(0);
      }
      // The resolved question's scores name its forecasters: the pages had their data.
      await page.goto(`/trackers/${tracker.slug}/forecasts`);
      await expect(page.getByRole("region", { name: "Scores", exact: true }).getByRole("link", { name: resolved.forecasters[0]!.name })).toBeVisible();
    });

    test("the claims list of a proof point has none either, and fits the screen", async ({ page, seedTracker }) => {
      const tracker = await fullTracker(seedTracker);
      await page.goto(`/trackers/${tracker.slug}/claims?point=${tracker.proofPoints[0]!.key}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Claims under");
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });

    test("the scorecard with its data tables open has none either, and fits the screen", async ({ page, seedTracker }) => {
      const tracker = await fullTracker(seedTracker);
      await page.goto(`/trackers/${tracker.slug}`);
      await page.getByText("Show the data as a table").click();
      await page.getByText("Show the box states as a table").click();
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  });
}

test("the scorecard's outputs are reachable with the keyboard alone", async ({ page, seedTracker }) => {
  const tracker = await fullTracker(seedTracker);
  await page.goto(`/trackers/${tracker.slug}`);
  const reached = new Set<string>();
  for (let i = 0; i < 120 && reached.size < 4; i += 1) {
    await page.keyboard.press("Tab");
    const name = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    for (const wanted of ["Show the data as a table", "Claims (CSV)", "Atom feed of approved changes", "JSON API"]) {
      if (name === wanted) reached.add(wanted);
    }
  }
  expect([...reached].sort()).toEqual(["Atom feed of approved changes", "Claims (CSV)", "JSON API", "Show the data as a table"]);
});

// A reader on a 390 px phone never has to scroll a public page sideways: wide tables and
// the section links scroll inside their own boxes instead.
test.describe("public pages at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no public page scrolls horizontally", async ({ page, seedTracker }) => {
    test.setTimeout(120_000);
    const tracker = await fullTracker(seedTracker);
    const claim = tracker.claims[0]!;
    const word = claim.statement.split(" ").at(-1)!;
    const paths = [
      "/",
      "/trackers",
      "/methodology",
      "/search",
      `/search?q=${encodeURIComponent(word)}`,
      "/search?status=proven",
      `/trackers/${tracker.slug}`,
      `/trackers/${tracker.slug}/claims`,
      `/trackers/${tracker.slug}/points/${tracker.proofPoints[0]!.key}`,
      `/trackers/${tracker.slug}/forecasts`,
      `/claims/${claim.id}`,
      "/sources/reuters.com",
      `/trackers/${tracker.slug}/feed.xml`,
      "/feed.xml",
    ];
    for (const path of paths) {
      await page.goto(path);
      // Open every disclosure, as a reader might; each click changes what the selector matches.
      const closed = page.locator("details:not([open]) > summary");
      for (let opened = 0; (await closed.count()) > 0; opened++) {
        expect(opened, `${path}: a disclosure that does not open`).toBeLessThan(50);
        await closed.first().click();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBe(0);
    }
  });
});
