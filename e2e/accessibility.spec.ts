import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// axe-core finds no serious or critical violations on the public pages, on a desktop
// screen and on a 375 px phone; the scorecard also fits the phone without sideways scrolling.

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

async function firstClaimPath(page: Page): Promise<string> {
  await page.goto("/trackers/euv");
  const href = await page.getByRole("region", { name: "Latest approved changes" }).getByRole("link").first().getAttribute("href");
  expect(href).toMatch(/^\/claims\//);
  return href!;
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 812 },
]) {
  test.describe(`accessibility on a ${viewport.name} (${viewport.width} px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const path of ["/", "/trackers/euv", "/trackers/euv/claims", "/methodology"]) {
      test(`${path} has no serious or critical axe violations`, async ({ page }) => {
        await page.goto(path);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    test("a claim page has no serious or critical axe violations", async ({ page }) => {
      await page.goto(await firstClaimPath(page));
      expect(await seriousViolations(page)).toEqual([]);
    });

    test("the claims list of a proof point has none either, and fits the screen", async ({ page }) => {
      await page.goto("/trackers/euv");
      const pointHref = await page.locator('a[href^="/trackers/euv/points/"]').first().getAttribute("href");
      await page.goto(`/trackers/euv/claims?point=${pointHref!.split("/").at(-1)}`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText("Claims under");
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });

    test("the scorecard with its data table open has none either, and fits the screen", async ({ page }) => {
      await page.goto("/trackers/euv");
      await page.getByText("Show the data as a table").click();
      expect(await seriousViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  });
}

test("the scorecard's outputs are reachable with the keyboard alone", async ({ page }) => {
  await page.goto("/trackers/euv");
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
