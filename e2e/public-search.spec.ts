import { expect, test } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

// The public search: words and filters are the URL, matches are marked, an empty result and
// a bad parameter each get a page that says so.

/** Letters only: the search splits digits off words. */
const letters = (token: string) => token.replace(/[0-9]/g, (digit) => "abcdefghij"[Number(digit)]!);

test("a reader searches claims and evidence, filters by status and proof point, and each state is a URL", async ({ page, seedTracker }) => {
  const word = `quorb${letters(uniqueToken())}`;
  const quoteWord = `zephr${letters(uniqueToken())}`;
  const tracker = await seedTracker({
    proofPoints: ["Wafer results", "Throughput"],
    claims: [
      { statement: `The ${word} scanner exposed wafers`, evidence: [{ title: `Wafer report ${word}`, stance: "supports", quote: `Engineers saw the ${quoteWord} stage.` }], approved: ["partially_supported"] },
      { statement: `The ${word} line is slow`, point: 1 },
    ],
  });
  const [exposed, slow] = tracker.claims;

  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Search claims and evidence");
  await page.getByRole("searchbox", { name: "Search words" }).fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}`));
  await expect(page.getByRole("heading", { name: "2 claims", exact: true })).toBeVisible();
  const exposedResult = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: exposed!.statement }) });
  await expect(exposedResult.locator("mark").first()).toHaveText(word);

  // A status filter, by its label as readers see it.
  await page.getByLabel("Status").selectOption({ label: "Partially supported" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/status=partially_supported/);
  await expect(page.getByRole("heading", { name: "1 claim", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: slow!.statement })).toHaveCount(0);

  // A tracker, then one of its proof points; the URL alone brings the same page back.
  await page.getByLabel("Status").selectOption({ label: "Any status" });
  await page.getByLabel("Tracker").selectOption({ label: tracker.title });
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByLabel("Proof point").selectOption({ label: "Throughput" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`tracker=${tracker.slug}.*point=point-2|point=point-2.*tracker=${tracker.slug}`));
  const filtered = page.url();
  await page.goto(filtered);
  await expect(page.getByRole("heading", { name: "1 claim", exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: slow!.statement })).toBeVisible();

  // A word of an evidence quote finds the claim, with the matching item shown.
  await page.goto(`/search?q=${quoteWord}`);
  const byQuote = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: exposed!.statement }) });
  await expect(byQuote.getByRole("list", { name: "Matching evidence" }).locator("mark")).toHaveText(quoteWord);
  await byQuote.getByRole("link", { name: exposed!.statement }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(exposed!.statement);
});

test("an empty result says so, and a bad parameter is named in words with a link to its field", async ({ page }) => {
  const response = await page.goto(`/search?q=nothing${letters(uniqueToken())}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "No results" })).toBeVisible();

  const bad = await page.goto("/search?q=wafer&status=proven&page=two");
  expect(bad?.status()).toBeLessThan(500);
  const summary = page.getByRole("alert");
  await expect(summary.getByRole("heading")).toHaveText("This search could not run");
  await expect(summary.getByRole("link", { name: /^Status must be one of Unverified, Partially supported/ })).toHaveAttribute("href", "#search-status");
  await expect(summary.getByRole("link", { name: "Page must be a whole number." })).toBeVisible();
  await expect(page.getByRole("searchbox", { name: "Search words" })).toHaveValue("wafer");

  await page.goto(`/search?tracker=no-such-tracker-${uniqueToken()}`);
  await expect(page.getByRole("alert").getByRole("link", { name: "Tracker is not a published tracker." })).toBeVisible();
});

test("the search never shows an unpublished tracker's claims", async ({ page, seedTracker }) => {
  const word = `hidd${letters(uniqueToken())}`;
  const draft = await seedTracker({ proofPoints: ["Wafer results"], published: false, claims: [{ statement: `The ${word} draft claim` }] });
  await page.goto(`/search?q=${word}`);
  await expect(page.getByRole("heading", { name: "No results" })).toBeVisible();
  await expect(page.getByLabel("Tracker").locator("option", { hasText: draft.title })).toHaveCount(0);
});
