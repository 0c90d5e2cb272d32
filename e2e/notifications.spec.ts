// Notifications end to end: an analyst's proposal waits in the reviewer's inbox, the
// reviewer approves it, the decision shows in the analyst's inbox and the mail about it
// reaches the local mail catcher (read at /dev/mail); the inbox fits a phone. A reader's
// follow form refuses a bad address in words and keeps what was typed; a good one is
// confirmed from the mailed link's page and stopped from the unsubscribe page. A person's
// mail choice is kept, and an admin's webhook endpoint shows its secret once. Each test
// makes its own tracker and claims and matches mail by the unique statement and address it
// created, so it passes again on the same server.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

/** Waits until the mail catcher lists a message whose summary mentions `text`. */
async function expectCaughtMail(page: Page, text: string) {
  await expect(async () => {
    await page.goto("/dev/mail");
    await expect(page.getByRole("listitem").filter({ hasText: text }).first()).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 45_000 });
  return page.getByRole("listitem").filter({ hasText: text }).first();
}

test("an approved proposal shows in the analyst's inbox and reaches them by mail", async ({ pageAs, accounts, seedTracker }) => {
  test.slow();
  const token = uniqueToken();
  const statement = `The line ships qualified stacks ${token}`;
  const evidenceTitle = `Qualified stacks reported ${token}`;
  const tracker = await seedTracker({ proofPoints: ["Qualification"], claims: [{ statement, evidence: [{ title: evidenceTitle, stance: "supports" }] }] });
  const [claim] = tracker.claims;

  const analyst = await pageAs("analyst");
  await analyst.goto(`/workspace/claims/${claim!.id}/propose`);
  await analyst.getByLabel("New status").selectOption("supported");
  await analyst.getByRole("checkbox", { name: new RegExp(`^${evidenceTitle}`) }).check();
  await analyst.getByLabel("Rationale").fill("The qualification report names the customer and the stack height.");
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst).toHaveURL(/\/workspace\/proposals\?proposed=/);

  // The reviewer's inbox lists it, one click from the review card.
  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/workspace");
  const waiting = reviewer.getByRole("region", { name: /^Waiting for your review \(\d+\)$/ });
  await waiting.getByRole("link", { name: statement }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/review\?proposal=[^&#]+#proposal-detail$/);
  const card = reviewer.getByRole("article", { name: statement });
  await card.getByRole("radio", { name: "Yes, it meets them" }).check();
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/review\?decided=approved/);
  await reviewer.goto("/workspace");
  await expect(reviewer.getByRole("region", { name: /^Waiting for your review/ }).getByRole("link", { name: statement })).toHaveCount(0);

  // The analyst's inbox shows the decision until they mark it seen.
  await analyst.goto("/workspace");
  const decided = analyst.getByRole("region", { name: /^Your proposals decided since you last looked \(\d+\)$/ });
  const item = decided.getByRole("listitem").filter({ hasText: statement });
  await expect(item).toContainText(`Approved: supported · by ${accounts.reviewer.name}`);
  await expect(item.getByRole("link", { name: statement })).toHaveAttribute("href", `/workspace/claims/${claim!.id}`);

  // On a phone the inbox fits the screen: nothing scrolls sideways.
  await analyst.setViewportSize({ width: 390, height: 844 });
  await analyst.reload();
  await expect(decided.getByRole("listitem").filter({ hasText: statement })).toBeVisible();
  expect(await analyst.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await analyst.getByRole("button", { name: "Mark decisions as seen" }).click();
  await expect(analyst.getByRole("region", { name: /^Your proposals decided since you last looked/ }).getByText(statement)).toHaveCount(0);

  // The worker mailed the analyst the decision: it is in the local mail catcher.
  const mail = await expectCaughtMail(analyst, statement);
  await expect(mail).toContainText(`to ${accounts.analyst.email}`);
  await expect(mail).toContainText("was approved");
  await mail.locator("summary").click();
  await expect(mail).toContainText("List-Unsubscribe");
});

test("a reader's follow form names a bad address and keeps it; a good one is confirmed from the mailed link and stopped from the unsubscribe page", async ({ page, seedTracker }) => {
  const token = uniqueToken();
  const statement = `The fab reaches volume output ${token}`;
  const tracker = await seedTracker({ proofPoints: ["Volume"], claims: [{ statement, evidence: [{ title: `Volume reported ${token}`, stance: "supports" }] }] });
  await page.goto(`/claims/${tracker.claims[0]!.id}`);
  const form = page.getByRole("region", { name: "Follow this claim" });
  await form.getByLabel("Email").fill(`not-an-address-${token}`);
  await form.getByRole("button", { name: "Follow by email" }).click();
  await expect(form.getByRole("alert")).toContainText("Nothing was saved. Correct these and submit again:");
  await expect(form.getByRole("alert").getByRole("link", { name: /^Email/ })).toBeVisible();
  await expect(form.getByLabel("Email")).toHaveValue(`not-an-address-${token}`);

  const address = `reader-${token}@example.org`;
  await form.getByLabel("Email").fill(address);
  await form.getByLabel("How often").selectOption("weekly");
  await form.getByRole("button", { name: "Follow by email" }).click();
  await expect(form.getByRole("status")).toContainText("we sent a confirmation link");
  await expect(page.getByText(address)).toHaveCount(0);

  const mail = await expectCaughtMail(page, `to ${address}`);
  await expect(mail).toContainText("Confirm that you want Proofboard updates");

  // The link in the mail opens a page; only its button confirms.
  await mail.locator("summary").click();
  const confirmPath = /\/follow\/[A-Za-z0-9_-]+/.exec((await mail.locator("pre").textContent()) ?? "")?.[0];
  expect(confirmPath).toBeDefined();
  await page.goto(confirmPath!);
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your follow" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(statement);
  await expect(page.getByText(address)).toHaveCount(0);
  await page.getByRole("button", { name: "Confirm the follow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You follow this" })).toBeVisible();

  // Stopping it from a browser: the page asks, the button stops it.
  await page.getByRole("link", { name: "Stop this follow" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Stop these mails?" })).toBeVisible();
  await page.getByRole("button", { name: "Stop these mails" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "You no longer follow this claim." })).toBeVisible();
  await page.goto(confirmPath!);
  await expect(page.getByRole("heading", { level: 1, name: "This link is not valid any more" })).toBeVisible();
});

test("a person chooses their mail per kind of update, and the choice is kept", async ({ pageAs }) => {
  const analyst = await pageAs("analyst");
  await analyst.goto("/workspace");
  await analyst.getByRole("link", { name: "Notification mail" }).click();
  await expect(analyst.getByRole("heading", { level: 1, name: "Notification mail" })).toBeVisible();
  const decided = analyst.getByLabel("Proposal decided");
  // Flip the choice away from whatever an earlier run left, so the save is visible.
  const next = (await decided.inputValue()) === "weekly" ? "daily" : "weekly";
  await decided.selectOption(next);
  await analyst.getByRole("button", { name: "Save mail choices" }).click();
  await expect(analyst.getByRole("main").getByRole("status")).toContainText("Saved.");
  await analyst.reload();
  await expect(analyst.getByLabel("Proposal decided")).toHaveValue(next);
});

test("an admin registers a webhook endpoint, sees its secret once, and a bad URL is named", async ({ pageAs }) => {
  const admin = await pageAs("admin");
  const token = uniqueToken();
  await admin.goto("/workspace");
  await admin.getByRole("link", { name: "Webhooks" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

  await admin.getByLabel("URL").fill("not a url");
  await admin.getByLabel("Description").fill(`Desk ${token}`);
  await admin.getByRole("button", { name: "Create endpoint" }).click();
  await expect(admin.getByRole("main").getByRole("alert")).toContainText("Nothing was saved. Correct these and submit again:");
  await expect(admin.getByRole("main").getByRole("alert").getByRole("link", { name: /^URL/ })).toBeVisible();
  await expect(admin.getByLabel("Description")).toHaveValue(`Desk ${token}`);

  await admin.getByLabel("URL").fill(`https://hooks.example.org/${token}`);
  await admin.getByRole("button", { name: "Create endpoint" }).click();
  await expect(admin.getByRole("main").getByRole("status").filter({ hasText: "Copy its signing secret now" })).toBeVisible();
  await expect(admin.locator("#new-endpoint-secret")).toHaveText(/^whsec_/);

  await admin.getByRole("link", { name: `Desk ${token}` }).click();
  await expect(admin.getByRole("heading", { level: 1, name: `Desk ${token}` })).toBeVisible();
  await expect(admin.getByText(/whsec_/)).toHaveCount(0);
  await expect(admin.getByText("No deliveries in this period.")).toBeVisible();
  await admin.getByRole("button", { name: "Rotate the secret" }).click();
  await expect(admin.getByRole("main").getByRole("status").filter({ hasText: "New secret made." })).toBeVisible();
  await expect(admin.getByText(/^whsec_/)).toHaveCount(1);
  await admin.getByRole("button", { name: "Disable the endpoint" }).click();
  await expect(admin.getByRole("main").getByRole("status").filter({ hasText: "Disabled: no new deliveries" })).toBeVisible();
  await admin.reload();
  await expect(admin.getByRole("button", { name: "Enable the endpoint" })).toBeVisible();
});
