import { expect, test } from "./support/fixtures";
import { fileClaim, uniqueToken } from "./support/workspace";

test("an analyst edits a claim; a bad date is refused beside its field with the rest kept", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  const token = uniqueToken();
  const claimPath = await fileClaim(page, `Resist supply keeps pace with the scanner (${token}).`, tracker);

  await page.getByRole("link", { name: "Edit claim" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit claim" })).toBeVisible();
  const statement = `Domestic resist supply keeps pace with the scanner (${token}).`;
  await page.getByLabel("Statement").fill(statement);
  await page.getByLabel("Resolve by (optional)").fill("2025-01-01");
  await page.getByRole("button", { name: "Save claim" }).click();

  await expect(page.locator("#resolveBy-error")).toHaveText(/must be on or after the date claimed/);
  await expect(page.getByLabel("Statement")).toHaveValue(statement);
  await expect(page.getByLabel("Proof point")).not.toHaveValue("");

  await page.getByLabel("Resolve by (optional)").fill("2028-12-31");
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${claimPath}\\?saved=claim-updated$`));
  await expect(page.getByRole("heading", { level: 1, name: statement })).toBeVisible();
  await expect(page.getByText("31 Dec 2028")).toBeVisible();
});

