import { expect, test } from "./support/fixtures";
import { fileClaim, fillEvidence, submitEvidence, uniqueToken } from "./support/workspace";

test("search finds a claim by a word of its evidence quote", async ({ pageAs }) => {
  const page = await pageAs("analyst");
  const token = uniqueToken();
  const word = `pellicle${token}`;
  const statement = `Pellicles survive production exposure doses (${token}).`;
  await fileClaim(page, statement);
  await fillEvidence(page, {
    url: `https://www.reuters.com/pellicles-${token}`,
    title: `Pellicle endurance report ${token}`,
    quote: `Engineers said the ${word} membrane survived ten thousand wafers.`,
    stance: "Supports",
    credibility: "3 · Possibly true",
  });
  await submitEvidence(page);
  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();

  await page.goto("/workspace/claims?tracker=euv");
  await page.getByRole("searchbox", { name: "Search claims and their evidence" }).fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  await expect(page.getByText("1 claim match")).toBeVisible();
  const result = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: statement }) });
  await expect(result.locator("mark", { hasText: word })).toBeVisible();
  await result.getByRole("link", { name: statement }).click();
  await expect(page.getByRole("heading", { level: 1, name: statement })).toBeVisible();
});

test("filters live in the URL, and an empty result offers a reset", async ({ pageAs }) => {
  const page = await pageAs("analyst");
  await page.goto("/workspace/claims?tracker=euv");
  await page.getByLabel("Status").selectOption({ label: "Refuted" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/status=refuted/);
  // The demo data has refuted claims; every listed one must be refuted.
  const items = page.getByRole("list", { name: "Claims found" }).locator(":scope > li");
  await expect(items.first()).toBeVisible();
  await expect(items.filter({ hasText: "Status: Refuted" })).toHaveCount(await items.count());
  await expect(page.getByLabel("Status")).toHaveValue("refuted");

  await page.goto(`/workspace/claims?tracker=euv&q=nosuchword${uniqueToken()}&status=supported`);
  await expect(page.getByText("No claims match this search and these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Reset search and filters" }).click();
  await expect(page).toHaveURL(/\/workspace\/claims\?tracker=euv$/);
  await expect(page.getByRole("searchbox", { name: "Search claims and their evidence" })).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: /^\d+ claims?( · showing \d+–\d+)?$/ })).toBeVisible();
});

test("admins see a Forbidden view and readers are sent to sign in", async ({ pageAs, page }) => {
  const admin = await pageAs("admin");
  await admin.goto("/workspace/claims");
  await expect(admin.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await page.goto("/workspace/sources");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fworkspace%2Fsources$/);
});
