// Forecasts end to end, on a tracker, accounts and a claim this spec creates: an admin
// opens a question, two analysts forecast, a reviewer's approval ticks the box, and the
// question shows resolved yes with its scores, without anyone resolving it by hand.
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { fillEvidence, openProposal, submitEvidence, uniqueToken } from "./support/workspace";

const PASSWORD = "a long forecasting passphrase";

function dayFromToday(days: number): string {
  const today = new Date();
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days)).toISOString().slice(0, 10);
}

async function createAnalyst(admin: Page, name: string, email: string): Promise<void> {
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Name").fill(name);
  await admin.getByLabel("Email").fill(email);
  await admin.getByLabel("Initial password").fill(PASSWORD);
  await admin.getByRole("checkbox", { name: /^Analyst/ }).check();
  await admin.getByRole("button", { name: "Create user" }).click();
  await expect(admin).toHaveURL(/\/admin\/users\/[^/]+\?created=1$/);
}

async function signIn(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  return page;
}

async function forecast(page: Page, questionPath: string, percent: string, rationale: string): Promise<void> {
  await page.goto(questionPath);
  const form = page.getByRole("region", { name: "Your forecast" });
  await form.getByLabel("Probability (%)").fill(percent);
  await form.getByLabel("Rationale (optional)").fill(rationale);
  await form.getByRole("button", { name: "Submit forecast" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Forecast saved." })).toBeVisible();
}

test("two analysts forecast, a reviewer's approval ticks the box, and the question shows resolved with scores", async ({ pageAs, browser, baseURL }) => {
  test.setTimeout(120_000);
  const token = uniqueToken();
  const slug = `forecast-line-${token}`;
  const admin = await pageAs("admin");

  // A tracker with one proof point, published.
  await admin.goto("/admin/trackers/new");
  await admin.getByLabel("Title", { exact: true }).fill(`Forecast line ${token}`);
  await admin.getByLabel("Slug", { exact: true }).fill(slug);
  await admin.getByLabel("Question", { exact: true }).fill("Will the forecast line reach volume production?");
  await admin.getByRole("button", { name: "Create tracker" }).click();
  await expect(admin.getByText("The tracker was created as an unpublished draft.")).toBeVisible();
  await admin.getByRole("link", { name: "Add a proof point" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Add a proof point" })).toBeVisible();
  await admin.getByLabel("Title", { exact: true }).fill("Pilot wafers");
  await admin.getByLabel("Key", { exact: true }).fill("pilot-wafers");
  await admin.getByLabel("Question", { exact: true }).fill("Has the line produced pilot wafers that a customer accepted?");
  await admin.getByLabel("Ticks the box when").fill("A source graded B or better reports customer-accepted pilot wafers.");
  await admin.getByLabel("Contested when").fill("Sources graded B or better disagree on whether pilot wafers were accepted.");
  await admin.getByRole("button", { name: "Add proof point" }).click();
  await expect(admin.getByText("The proof point “pilot-wafers” was added with its criteria.")).toBeVisible();
  await admin.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(admin.getByText("Published: readers can now see this tracker.")).toBeVisible();

  // An admin opens the question; it names criteria version 1.
  await admin.goto(`/trackers/${slug}/forecasts`);
  const opening = admin.getByRole("region", { name: "Open a question" });
  await opening.getByLabel("Proof point").selectOption({ label: "Pilot wafers" });
  await opening.getByLabel("Close date").fill(dayFromToday(30));
  await opening.getByLabel("Resolve-by date").fill(dayFromToday(90));
  await opening.getByRole("button", { name: "Open question" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: /^Will “Pilot wafers” be ticked by .+ under criteria v1\?$/ })).toBeVisible();
  const questionPath = new URL(admin.url()).pathname;
  await expect(admin.getByRole("main")).toContainText("Open for forecasts");

  // Two analysts of this spec's own: one with a public profile, one without.
  const first = { name: `Forecaster One ${token}`, email: `forecaster-one-${token}@example.org` };
  const second = { name: `Forecaster Two ${token}`, email: `forecaster-two-${token}@example.org` };
  await createAnalyst(admin, first.name, first.email);
  await createAnalyst(admin, second.name, second.email);
  const one = await signIn(browser, baseURL!, first.email);
  const two = await signIn(browser, baseURL!, second.email);

  await one.goto(`/trackers/${slug}/forecasts`);
  await one.getByRole("checkbox", { name: /Show my name/ }).check();
  await one.getByRole("button", { name: "Save profile choice" }).click();
  await expect(one.getByRole("status").filter({ hasText: "Your forecasting profile is public." })).toBeVisible();
  await forecast(one, questionPath, "70", "Pilot runs are reported.");
  await forecast(two, questionPath, "30", "No customer has said anything yet.");
  await expect(two.getByText("Median of the latest forecast of each of 2 forecasters.")).toBeVisible();
  await expect(two.getByRole("region", { name: "Community forecast", exact: true })).toContainText("the community forecast is now 50% from 2 forecasters");

  // The first analyst files a claim with supporting evidence and proposes Supported.
  const statement = `The forecast line ${token} shipped pilot wafers a customer accepted.`;
  await one.goto(`/workspace/claims/new?tracker=${slug}&point=pilot-wafers`);
  await one.getByLabel("Statement").fill(statement);
  await one.getByLabel("Claimant").fill("End-to-end test desk");
  await one.getByLabel("Subject").fill("The forecast line");
  await one.getByLabel("Date claimed").fill(dayFromToday(0));
  await one.getByRole("button", { name: "File claim" }).click();
  await expect(one.getByRole("heading", { level: 1, name: statement })).toBeVisible();
  const claimPath = new URL(one.url()).pathname;
  const evidenceTitle = `Customer accepts pilot wafers ${token}`;
  await fillEvidence(one, { url: `https://news.example.org/pilot-${token}`, title: evidenceTitle, stance: "Supports", credibility: "2 · Probably true" });
  await submitEvidence(one);
  await expect(one.getByRole("status").filter({ hasText: "Evidence added." })).toBeVisible();
  await one.goto(`${claimPath}/propose`);
  await one.getByLabel("New status").selectOption("supported");
  await one.getByRole("checkbox", { name: new RegExp(evidenceTitle) }).check();
  await one.getByLabel("Rationale").fill("A well-graded source reports that a customer accepted the pilot wafers.");
  await one.getByRole("button", { name: "Submit for review" }).click();
  await expect(one).toHaveURL(/\/workspace\/proposals\?proposed=/);

  // A reviewer approves: that approval, and nothing else, resolves the question.
  const reviewer = await pageAs("reviewer");
  const card = await openProposal(reviewer, statement);
  // Only a claim judged to meet the proof point's criteria ticks the box.
  await card.getByRole("radio", { name: "Yes, it meets them" }).check();
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Proposal approved.");

  const reader = await (await browser.newContext({ baseURL })).newPage();
  await reader.goto(questionPath);
  await expect(reader.locator("h1 + p")).toContainText("Resolved yes");
  await expect(reader.getByRole("region", { name: "Resolution" })).toContainText("a reviewer approved a claim as supported");
  const scores = reader.getByRole("region", { name: "Scores on this question" });
  await expect(scores.getByRole("row", { name: /Community forecast/ })).toContainText("0.250");
  await expect(scores.getByRole("row", { name: new RegExp(first.name) })).toContainText("0.090");
  await expect(scores.getByRole("row", { name: /without a public profile/ })).toContainText("0.490");
  await expect(reader.getByText(second.name)).toHaveCount(0);

  // The proof point and the tracker's history show the resolution; the form is gone.
  await reader.goto(`/trackers/${slug}/points/pilot-wafers`);
  await expect(reader.getByRole("region", { name: "Forecasts" })).toContainText("Resolved yes");
  await reader.goto(`/trackers/${slug}`);
  await expect(reader.getByRole("region", { name: "Changes to this checklist" })).toContainText("Forecast question resolved yes");
  await one.goto(questionPath);
  await expect(one.getByRole("region", { name: "Your forecast" })).toHaveCount(0);
});
