import { expect, test } from "./support/fixtures";
import { fileClaim, fillEvidence, submitEvidence, uniqueToken } from "./support/workspace";

test("search finds a claim by a word of its evidence quote", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  const token = uniqueToken();
  const word = `pellicle${token}`;
  const statement = `Pellicles survive production exposure doses (${token}).`;
  await fileClaim(page, statement, tracker);
  await fillEvidence(page, {
    url: `https://www.reuters.com/pellicles-${token}`,
    title: `Pellicle endurance report ${token}`,
    quote: `Engineers said the ${word} membrane survived ten thousand wafers.`,
    stance: "Supports",
    credibility: "3 · Possibly true",
  });
  await submitEvidence(page);
  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();

  await page.goto(`/workspace/claims?tracker=${tracker.slug}`);
  await page.getByRole("searchbox", { name: "Search claims and their evidence" }).fill(word);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}`));
  await expect(page.getByText("1 claim match")).toBeVisible();
  const result = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: statement }) });
  await expect(result.locator("mark", { hasText: word })).toBeVisible();
  await result.getByRole("link", { name: statement }).click();
  await expect(page.getByRole("heading", { level: 1, name: statement })).toBeVisible();
});

test("filters live in the URL, and an empty result offers a reset", async ({ pageAs, seedTracker }) => {
  const token = uniqueToken();
  const tracker = await seedTracker({
    proofPoints: ["Ecosystem completeness"],
    claims: [
      { statement: `A refuted claim ${token}`, evidence: [{ title: `Refuting report ${token}`, stance: "refutes" }], approved: ["refuted"] },
      { statement: `An unverified claim ${token}` },
    ],
  });
  const page = await pageAs("analyst");
  await page.goto(`/workspace/claims?tracker=${tracker.slug}`);
  await page.getByLabel("Status").selectOption({ label: "Refuted" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/status=refuted/);
  // Of this tracker's two claims, only the refuted one is listed.
  const items = page.getByRole("list", { name: "Claims found" }).locator(":scope > li");
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(`A refuted claim ${token}`);
  await expect(items.first()).toContainText("Status: Refuted");
  await expect(page.getByLabel("Status")).toHaveValue("refuted");

  await page.goto(`/workspace/claims?tracker=${tracker.slug}&q=nosuchword${uniqueToken()}&status=supported`);
  await expect(page.getByText("No claims match this search and these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Reset search and filters" }).click();
  await expect(page).toHaveURL(new RegExp(`/workspace/claims\\?tracker=${tracker.slug}$`));
  await expect(page.getByRole("searchbox", { name: "Search claims and their evidence" })).toHaveValue("");
  await expect(page.getByRole("status").filter({ hasText: /^2 claims$/ })).toBeVisible();
});

test("admins see a Forbidden view and readers are sent to sign in", async ({ pageAs, page }) => {
  const admin = await pageAs("admin");
  await admin.goto("/workspace/claims");
  await expect(admin.getByRole("heading", { name: "Not allowed" })).toBeVisible();
  await page.goto("/workspace/sources");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fworkspace%2Fsources$/);
});
