import { expect, test } from "./support/fixtures";
import { fileClaim, fillEvidence, submitEvidence, uniqueToken } from "./support/workspace";

test("the analyst who logs a new source sets its provisional first grade; it re-weighs at once and a reviewer confirms it", async ({ page: reader, pageAs, tracker, accounts }) => {
  // Two people and a public page on top of the analyst's steps.
  test.setTimeout(90_000);
  const page = await pageAs("analyst");
  const token = uniqueToken();
  const domain = `lithowire-${token}.example.org`;
  const claimPath = await fileClaim(page, `Optics suppliers match the mirror specification (${token}).`, tracker);
  await fillEvidence(page, {
    url: `https://${domain}/mirrors`,
    title: `Mirror maker passes qualification ${token}`,
    stance: "Supports",
    credibility: "2 · Probably true",
    sourceName: `Litho Wire ${token}`,
  });
  await submitEvidence(page);
  const balance = page.getByRole("region", { name: "Evidence balance" });
  await expect(balance).toContainText(`Litho Wire ${token} (F)`);
  await expect(balance).toContainText("No weighted evidence yet");

  await page.goto(`/workspace/sources?q=${domain}`);
  await page.getByRole("link", { name: `Litho Wire ${token}` }).click();
  await page.waitForURL(/\/workspace\/sources\/[^?]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Litho Wire ${token}` })).toBeVisible();

  await page.getByRole("radio", { name: /^B · Usually reliable/ }).check();
  await page.getByRole("button", { name: "Set provisional grade" }).click();
  await expect(page.locator("#rationale-error")).toHaveText(/is required|at least 10 characters/);
  await expect(page.getByRole("radio", { name: /^B · Usually reliable/ })).toBeChecked();

  await page.getByLabel("Rationale").fill("Specialist trade wire; its scoops have held up so far.");
  await page.getByRole("button", { name: "Set provisional grade" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Provisional grade saved." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Grade history" })).toContainText("Specialist trade wire");
  const sourcePath = new URL(page.url()).pathname;

  await page.goto(claimPath);
  await expect(balance).toContainText(`Litho Wire ${token} (B) · credibility 2 · supports · +0.64`);
  await expect(balance).toContainText("Evidence leans towards supporting");
  await page.goto(claimPath.replace("/workspace", ""));
  await expect(page.getByText("B · Usually reliable")).toBeVisible();

  // Readers see the grade as provisional on the source's public page until a reviewer confirms it.
  await reader.goto(`/sources/${domain}`);
  await expect(reader.getByRole("heading", { level: 1, name: `Litho Wire ${token}` })).toBeVisible();
  await expect(reader.getByRole("note")).toContainText("Provisional");
  await expect(reader.getByRole("region", { name: "Grade history" })).toContainText("Provisional first grade");
  const reviewer = await pageAs("reviewer");
  await reviewer.goto(sourcePath);
  await reviewer.getByLabel("Why B is right").fill("Checked its corrections policy and record.");
  await reviewer.getByRole("button", { name: "Confirm grade B" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Grade confirmed." })).toBeVisible();
  await reader.reload();
  await expect(reader.getByRole("note")).toHaveCount(0);
  await expect(reader.getByRole("region", { name: "Grade history" })).toContainText(`confirmed by ${accounts.reviewer.name}`);
});
