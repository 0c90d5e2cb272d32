// Issue 5 end to end: an analyst proposes, another person (a reviewer, in a separate
// browser context) approves, and the public scorecard shows it on the very next request.
// Specs share one seeded server, so counts are read first and compared, never hard-coded.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { ACCOUNTS } from "./support/accounts";

const WAFER_CLAIM = "The Shenzhen EUV prototype is producing early test wafers for laboratory evaluation.";
const WAFER_EVIDENCE = /^Reported: prototype in internal testing, early test wafers/;
const PLAUSIBLE_2030_CLAIM = "Working chips from China's domestic EUV system are more plausible by 2030 than by 2028.";

async function tickedBoxes(page: Page): Promise<number> {
  await page.goto("/trackers/euv");
  const headline = await page.getByText(/^\d+ of 6 boxes ticked$/).textContent();
  return Number(headline?.split(" ")[0]);
}

function proofPointRow(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}

/** The claim's id, read from its link on the public scorecard. */
async function claimId(page: Page, statement: string): Promise<string> {
  await page.goto("/trackers/euv");
  const href = await page.getByRole("link", { name: statement, exact: true }).first().getAttribute("href");
  return href!.split("/").pop()!;
}

async function reviewCount(page: Page): Promise<number> {
  const text = await page.getByRole("link", { name: /^Review \(\d+\)/ }).textContent();
  return Number(/\((\d+)\)/.exec(text ?? "")?.[1]);
}

test("an analyst proposes Supported, a reviewer approves, and the EUV box ticks at once", async ({ page, pageAs }) => {
  const before = await tickedBoxes(page);
  await expect(proofPointRow(page, "Wafer results")).not.toContainText("Ticked");
  const id = await claimId(page, WAFER_CLAIM);

  const analyst = await pageAs("analyst");
  await analyst.goto(`/workspace/claims/${id}/propose`);
  await expect(analyst.getByRole("heading", { level: 1, name: "Propose a status change" })).toBeVisible();
  await analyst.getByLabel("New status").selectOption("supported");
  await analyst.getByRole("checkbox", { name: WAFER_EVIDENCE }).check();
  await analyst.getByLabel("Rationale").fill("Test wafers from the reported tool are now documented well enough to tick this box.");
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst).toHaveURL(/\/workspace\/proposals\?proposed=/);
  await expect(analyst.getByRole("status")).toContainText("Proposal submitted.");
  const mine = analyst.getByRole("article", { name: WAFER_CLAIM }).first();
  await expect(mine).toContainText("Pending review");

  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/workspace/review");
  const card = reviewer.getByRole("article", { name: WAFER_CLAIM });
  await expect(card).toContainText(`Proposed by ${ACCOUNTS.analyst.name}`);
  await expect(card.getByRole("link", { name: WAFER_EVIDENCE })).toBeVisible();
  await expect(card).toContainText("B · Usually reliable");
  await card.getByLabel("Approval note (optional)").fill("The cited reporting carries it.");
  // Only a claim judged to meet the proof point's criteria ticks the box.
  await card.getByRole("radio", { name: "Yes, it meets them" }).check();
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/review\?decided=approved/);
  await expect(reviewer.getByRole("status")).toContainText("Proposal approved.");
  await expect(reviewer.getByRole("article", { name: WAFER_CLAIM })).toHaveCount(0);

  // The very next public request shows it: no cache to wait for.
  expect(await tickedBoxes(page)).toBe(before + 1);
  await expect(proofPointRow(page, "Wafer results")).toContainText("Ticked");
  await page.goto(`/claims/${id}`);
  // The timeline's entries, not the cited-evidence items nested in them; the newest is last.
  const latest = page.getByRole("region", { name: "Status history" }).getByRole("listitem").filter({ hasText: "reviewed by" }).last();
  await expect(latest).toContainText(`proposed by ${ACCOUNTS.analyst.name} · reviewed by ${ACCOUNTS.reviewer.name}`);
  await expect(latest.getByRole("link", { name: WAFER_EVIDENCE })).toBeVisible();

  await analyst.reload();
  await expect(analyst.getByRole("article", { name: WAFER_CLAIM }).first()).toContainText(`by ${ACCOUNTS.reviewer.name}`);
});

test("a reviewer sees their own proposal in the queue but no control to decide it", async ({ page, pageAs }) => {
  const id = await claimId(page, PLAUSIBLE_2030_CLAIM);
  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/workspace/review");
  const waitingBefore = await reviewCount(reviewer);

  await reviewer.goto(`/workspace/claims/${id}/propose`);
  await reviewer.getByLabel("New status").selectOption("partially_supported");
  await reviewer.getByRole("checkbox", { name: /2030 looks more plausible/ }).check();
  await reviewer.getByLabel("Rationale").fill("Reporting names 2030 as the more plausible date, which partly supports this.");
  await reviewer.getByRole("button", { name: "Submit for review" }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/proposals\?proposed=/);

  await reviewer.goto("/workspace/review");
  const card = reviewer.getByRole("article", { name: PLAUSIBLE_2030_CLAIM });
  await expect(card).toContainText("Your proposal — another reviewer must decide.");
  await expect(card.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Reject" })).toHaveCount(0);
  // The header counts only what this reviewer may decide.
  expect(await reviewCount(reviewer)).toBe(waitingBefore);

  // Withdrawn again, so the shared demo data is as other specs expect it.
  await reviewer.goto("/workspace/proposals");
  await reviewer.getByRole("article", { name: PLAUSIBLE_2030_CLAIM }).first().getByRole("button", { name: "Withdraw" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Proposal withdrawn.");
  await expect(reviewer.getByRole("article", { name: PLAUSIBLE_2030_CLAIM }).first()).toContainText("Withdrawn");
});

test("refused input is explained beside the field and nothing typed is lost", async ({ page, pageAs }) => {
  const id = await claimId(page, PLAUSIBLE_2030_CLAIM);
  const analyst = await pageAs("analyst");
  await analyst.goto(`/workspace/claims/${id}/propose`);
  // Rule 4: Refuted citing only a supporting item.
  await analyst.getByLabel("New status").selectOption("refuted");
  await analyst.getByRole("checkbox", { name: /2030 looks more plausible/ }).check();
  await analyst.getByLabel("Rationale").fill("Nothing in the reporting backs a 2030 date at all, in my view.");
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst.getByRole("main").getByRole("alert")).toContainText("Please correct the fields marked below");
  await expect(analyst.getByText("moving to refuted needs at least one cited item that refutes the claim")).toBeVisible();
  await expect(analyst.getByLabel("New status")).toHaveValue("refuted");
  await expect(analyst.getByRole("checkbox", { name: /2030 looks more plausible/ })).toBeChecked();
  await expect(analyst.getByLabel("Rationale")).toHaveValue("Nothing in the reporting backs a 2030 date at all, in my view.");

  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/workspace/review");
  const card = reviewer.getByRole("article").filter({ hasNot: reviewer.getByText("Your proposal") }).first();
  await card.getByRole("button", { name: "Reject" }).click();
  await expect(card.getByRole("alert")).toContainText("Please correct the fields marked below");
  await expect(card.getByText("must be at least 5 characters")).toBeVisible();

  await analyst.goto("/workspace/review");
  await expect(analyst.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});
