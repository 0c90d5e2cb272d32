// Working a claim from its workspace page: log an item from a new source, grade the source
// and propose a status change citing the item, with no further page load; refusals move
// focus to one error summary; an edit that crossed another editor's save is merged.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { fileClaim, fillEvidence, openProposal, submitEvidence, uniqueToken } from "./support/workspace";

/** Counts full page loads of the main frame from now on (a server action or a refresh is not one). */
function countPageLoads(page: Page): () => number {
  let loads = 0;
  page.on("request", (request) => {
    if (request.resourceType() === "document" && request.frame() === page.mainFrame()) loads += 1;
  });
  return () => loads;
}

test("an analyst logs an item from a new source, grades the source and proposes, all on the claim page", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  const token = uniqueToken();
  const statement = `The scanner's light source runs at rated power (${token}).`;
  await fileClaim(page, statement, tracker);
  const pageLoads = countPageLoads(page);
  // A page whose markup React cannot hydrate throws here (and loses its :target and focus).
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.reload();

  const domain = `lab-notes-${token}.example.org`;
  const title = `Light source holds rated power in a week-long run ${token}`;
  await fillEvidence(page, { url: `https://${domain}/euv-source`, title, stance: "Supports", credibility: "2 · Probably true", sourceName: `Lab Notes ${token}` });
  await submitEvidence(page);
  await expect(page.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();

  const grade = page.getByRole("form", { name: `Grade ${domain}` });
  await expect(grade.getByText(/is unrated \(F\), so its evidence carries no weight yet/)).toBeVisible();
  await grade.getByLabel("Reliability grade").selectOption({ label: "B · Usually reliable" });
  await grade.getByLabel("Why this grade").fill("A specialist newsletter with named authors and a public corrections record.");
  await grade.getByRole("button", { name: "Set provisional grade" }).click();
  await expect(page.getByRole("status").filter({ hasText: /provisional/i })).toBeVisible();
  await expect(page.getByRole("form", { name: `Grade ${domain}` })).toHaveCount(0);

  const propose = page.locator("#propose");
  await propose.getByLabel("New status").selectOption("partially_supported");
  await propose.getByRole("checkbox", { name: new RegExp(title) }).check();
  await propose.getByLabel("Rationale").fill("A week-long run at rated power is shown, but not yet on a production tool.");
  await propose.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Proposal submitted." })).toBeVisible();

  // The reload above is the only full page load.
  expect(pageLoads()).toBe(1);
  expect(pageErrors).toEqual([]);

  const reviewer = await pageAs("reviewer");
  const card = await openProposal(reviewer, statement);
  await expect(card.getByText(title)).toBeVisible();
  await expect(card).toContainText("If approved: Moves");
});

test("on a phone, a refused evidence form moves focus to the error summary, whose link leads to the field", async ({ pageAs, tracker }) => {
  const page = await pageAs("analyst");
  await page.setViewportSize({ width: 390, height: 844 });
  const token = uniqueToken();
  await fileClaim(page, `Overlay holds across a full lot (${token}).`, tracker);
  const title = `Overlay report ${token}`;
  await fillEvidence(page, { url: "javascript:alert(1)", title, stance: "Supports", credibility: "3 · Possibly true" });
  await submitEvidence(page);

  const summary = page.getByRole("region", { name: "Add evidence" }).getByRole("alert");
  await expect(summary.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toBeInViewport();
  await summary.getByRole("link", { name: /^Link \(URL\)/ }).click();
  await expect(page.getByRole("region", { name: "Add evidence" }).getByLabel("Link (URL)")).toBeFocused();
  await expect(page.getByRole("region", { name: "Add evidence" }).getByLabel("Title")).toHaveValue(title);
});

test("an edit saved over another editor's keeps their fields, and asks only about a field both changed", async ({ pageAs, tracker }) => {
  const token = uniqueToken();
  const first = await pageAs("analyst");
  const claimPath = await fileClaim(first, `Mask supply keeps pace with the scanner (${token}).`, tracker);
  const second = await pageAs("analyst");
  const openEdit = async (page: Page) => {
    await page.goto(`${claimPath}/edit`);
    await expect(page.getByLabel("Subject")).toBeVisible();
  };

  // Different fields: the later save keeps the earlier one's change.
  await openEdit(first);
  await openEdit(second);
  await first.getByLabel("Claimant").fill(`Trade press ${token}`);
  await first.getByRole("button", { name: "Save claim" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
  await second.getByLabel("Subject").fill(`Mask blanks ${token}`);
  await second.getByRole("button", { name: "Save claim" }).click();
  await expect(second.getByRole("status").filter({ hasText: /their changes to the fields you did not touch are kept/ })).toBeVisible();
  await expect(second.getByText(`Trade press ${token}`)).toBeVisible();
  await expect(second.getByText(`Mask blanks ${token}`)).toBeVisible();

  // The same field: only that one is asked about, showing the other editor's value.
  await openEdit(first);
  await openEdit(second);
  await first.getByLabel("Subject").fill(`Pellicles ${token}`);
  await first.getByRole("button", { name: "Save claim" }).click();
  await expect(first.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
  await second.getByLabel("Subject").fill(`Mask inspection ${token}`);
  await second.getByLabel("Statement").fill(`Mask supply keeps pace with the scanner, vendors say (${token}).`);
  await second.getByRole("button", { name: "Save claim" }).click();
  const summary = second.getByRole("alert").filter({ has: second.getByRole("heading", { name: "There is a problem" }) });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveCount(1);
  await expect(summary.getByRole("link", { name: /^Subject/ })).toBeVisible();
  const theirs = second.getByRole("region", { name: "Changed by both of you: their saved version" });
  await expect(theirs.getByText(`Pellicles ${token}`)).toBeVisible();
  await expect(second.getByLabel("Subject")).toHaveValue(`Mask inspection ${token}`);

  await second.getByRole("button", { name: "Save claim" }).click();
  await expect(second.getByRole("status").filter({ hasText: "Claim saved." })).toBeVisible();
  await expect(second.getByRole("heading", { level: 1, name: `Mask supply keeps pace with the scanner, vendors say (${token}).` })).toBeVisible();
  await expect(second.getByText(`Mask inspection ${token}`)).toBeVisible();
});
