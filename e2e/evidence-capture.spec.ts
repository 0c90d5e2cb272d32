import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures";
import { newsArticle, startFixtureSite, type FixtureSite } from "./support/fixture-pages";
import { fileClaim, titled, uniqueToken } from "./support/workspace";

// An analyst pastes a link (a local fixture site), the form fills in the title from the
// page, they save it, and the public claim page shows the worker's capture and "quote found".

let site: FixtureSite;
const token = uniqueToken();
const article = {
  title: `Resist supplier qualifies EUV photoresist ${token}`,
  site: "Fixture Daily",
  published: "2025-12-18",
  quote: "Our photoresist passed qualification on the prototype scanner — in under six weeks, the company said.",
};

test.beforeAll(async () => {
  site = await startFixtureSite({ [`/story-${token}`]: newsArticle(article) });
});
test.afterAll(async () => {
  await site.close();
});

test("a pasted link fills in the title; once saved, the public page shows its capture and the quote found", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  await fileClaim(page, `Domestic photoresist is qualified for the EUV prototype (${token}).`, tracker);
  const form = page.getByRole("region", { name: "Add evidence" });
  const url = site.urlFor(`/story-${token}`);

  // A real paste: the text goes through the clipboard into the focused URL field.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate((text) => navigator.clipboard.writeText(text), url);
  await form.getByLabel("Link (URL)").focus();
  await page.keyboard.press("ControlOrMeta+V");
  await expect(form.getByLabel("Link (URL)")).toHaveValue(url);

  await expect(form.getByLabel("Title")).toHaveValue(article.title);
  await expect(form.getByLabel("Published (optional)")).toHaveValue(article.published);
  await expect(form.getByLabel("Source name (optional)")).toHaveValue(article.site);
  await expect(form.getByRole("status").filter({ hasText: "Filled in from the page: title, source name, published date." })).toBeVisible();

  // The analyst types only the quote (straight quotes and a hyphen: the check normalises) and the grading.
  await form.getByLabel("Quoted excerpt (optional)").fill(article.quote.replace("—", "-"));
  await form.getByRole("radio", { name: /^Supports/ }).check();
  await form.getByLabel("Information credibility (Admiralty 1–6)").selectOption({ label: "2 · Probably true" });
  await form.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();

  await page.getByRole("link", { name: "View the public page" }).click();
  await page.waitForURL(/\/claims\/[^/?#]+$/);
  const item = page.getByRole("region", { name: "Supports" }).getByRole("listitem").filter({ hasText: article.title });
  // The worker captures in the background; a reader who reloads sees it once done.
  await expect(async () => {
    await page.reload();
    await expect(item.getByText(/^Quote found in the capture of \d{1,2} \w{3} \d{4}\.$/)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(item.getByText(/^Captured \d{1,2} \w{3} \d{4}:/)).toBeVisible();
  await expect(item.getByText(/^Link checks: reachable on/)).toBeVisible();

  const link = item.getByRole("link", titled(article.title));
  const versionUrl = await link.getAttribute("data-versionurl");
  expect(versionUrl).toMatch(/^\/captures\/[a-z0-9]+$/);
  await expect(link).toHaveAttribute("data-versiondate", /^\d{4}-\d{2}-\d{2}$/);

  // The stored copy: the readable text only, under its own strict CSP.
  const response = await page.goto(versionUrl!);
  expect(response!.headers()["content-security-policy"]).toMatch(/^default-src 'none'; style-src 'sha256-/);
  await expect(page.getByText(article.quote)).toBeVisible();
  await expect(page.getByText(`Original address: ${url}`)).toBeVisible();
  expect(await page.title()).toBe(`Captured text: ${article.title}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

test("a link the server cannot read says so plainly, and saving still works", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  const local = uniqueToken();
  await fileClaim(page, `A supplier ships EUV pellicles at volume (${local}).`, tracker);
  const form = page.getByRole("region", { name: "Add evidence" });
  await form.getByLabel("Link (URL)").fill(site.urlFor(`/missing-${local}`));
  await form.getByLabel("Title").focus();
  await expect(form.getByRole("status").filter({ hasText: "The page could not be read (the page answered 404); fill in the fields yourself." })).toBeVisible();
  await form.getByLabel("Title").fill(`Pellicle volumes ${local}`);
  await form.getByRole("radio", { name: /^Context/ }).check();
  await form.getByLabel("Information credibility (Admiralty 1–6)").selectOption({ label: "3 · Possibly true" });
  await form.getByRole("button", { name: "Add evidence" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();
});

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`the admin job queue page has no serious axe violations and fits a ${viewport.name}`, async ({ pageAs }) => {
    const page = await pageAs("admin");
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await page.goto("/admin/jobs");
    await expect(page.getByRole("heading", { level: 1, name: "Job queues" })).toBeVisible();
    await expect(page.getByRole("rowheader", { name: "evidence.capture" })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? "")).map((violation) => violation.id)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
  });
}
