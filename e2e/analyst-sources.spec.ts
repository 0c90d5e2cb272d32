import { expect, test } from "./support/fixtures";
import { fileClaim, fillEvidence, submitEvidence, uniqueToken } from "./support/workspace";

test("rating a new source re-weighs the claims citing it at once", async ({ pageAs, tracker }) => {
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
  await page.getByRole("button", { name: "Save rating" }).click();
  await expect(page.locator("#rationale-error")).toHaveText(/is required|at least 10 characters/);
  await expect(page.getByRole("radio", { name: /^B · Usually reliable/ })).toBeChecked();

  await page.getByLabel("Rationale").fill("Specialist trade wire; its scoops have held up so far.");
  await page.getByRole("button", { name: "Save rating" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Rating saved." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Rating history" })).toContainText("Specialist trade wire");

  await page.goto(claimPath);
  await expect(balance).toContainText(`Litho Wire ${token} (B) · credibility 2 · supports · +0.64`);
  await expect(balance).toContainText("Evidence leans towards supporting");
  await page.goto(claimPath.replace("/workspace", ""));
  await expect(page.getByText("B · Usually reliable")).toBeVisible();
});
