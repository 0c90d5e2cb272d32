// The review workflow end to end: an analyst proposes, another person (a reviewer, in a
// separate browser context) approves, and the public scorecard shows it on the very next
// request. Each test creates its own tracker and claims and signs in as this worker's own
// accounts, so it passes alone, in any order and on a server that has run it before.
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openProposal, uniqueToken } from "./support/workspace";

function proofPointRow(page: Page, title: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}

async function reviewCount(page: Page): Promise<number> {
  const text = await page.getByRole("link", { name: /^Review \(\d+\)/ }).textContent();
  return Number(/\((\d+)\)/.exec(text ?? "")?.[1]);
}

test("an analyst proposes Supported, a reviewer approves, and the box ticks at once", async ({ page, pageAs, accounts, seedTracker }) => {
  const token = uniqueToken();
  const statement = `The prototype produces early test wafers ${token}`;
  const evidenceTitle = `Reported: early test wafers ${token}`;
  const tracker = await seedTracker({
    proofPoints: ["Wafer results", "Throughput"],
    claims: [{ statement, point: 0, evidence: [{ title: evidenceTitle, stance: "supports" }] }],
  });
  const [claim] = tracker.claims;
  const evidenceLink = new RegExp(`^${evidenceTitle}`);
  await page.goto(`/trackers/${tracker.slug}`);
  await expect(page.getByText("0 of 2 boxes ticked", { exact: true })).toBeVisible();
  await expect(proofPointRow(page, "Wafer results")).not.toContainText("Ticked");

  const analyst = await pageAs("analyst");
  await analyst.goto(`/workspace/claims/${claim!.id}/propose`);
  await expect(analyst.getByRole("heading", { level: 1, name: "Propose a status change" })).toBeVisible();
  await analyst.getByLabel("New status").selectOption("supported");
  await analyst.getByRole("checkbox", { name: evidenceLink }).check();
  await analyst.getByLabel("Rationale").fill("Test wafers from the reported tool are now documented well enough to tick this box.");
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst).toHaveURL(/\/workspace\/proposals\?proposed=/);
  await expect(analyst.getByRole("status")).toContainText("Proposal submitted.");
  await expect(analyst.getByRole("article", { name: statement })).toContainText("Pending review");

  const reviewer = await pageAs("reviewer");
  const card = await openProposal(reviewer, statement);
  await expect(card).toContainText(`Proposed by ${accounts.analyst.name}`);
  await expect(card).toContainText("If approved: Ticks Wafer results: 0 → 1 of 2 (if you judge it meets the criteria)");
  await expect(card.getByRole("link", { name: evidenceLink })).toBeVisible();
  await card.getByLabel("Approval note (optional)").fill("The cited reporting carries it.");
  // Only a claim judged to meet the proof point's criteria ticks the box.
  await card.getByRole("radio", { name: "Yes, it meets them" }).check();
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/review\?decided=approved/);
  await expect(reviewer.getByRole("status")).toContainText("Proposal approved.");
  await expect(reviewer.getByRole("article", { name: statement })).toHaveCount(0);

  // The very next public request shows it: no cache to wait for.
  await page.goto(`/trackers/${tracker.slug}`);
  await expect(page.getByText("1 of 2 boxes ticked", { exact: true })).toBeVisible();
  await expect(proofPointRow(page, "Wafer results")).toContainText("Ticked");
  await page.goto(`/claims/${claim!.id}`);
  // The timeline's entries, not the cited-evidence items nested in them; the newest is last.
  const latest = page.getByRole("region", { name: "Status history" }).getByRole("listitem").filter({ hasText: "reviewed by" }).last();
  await expect(latest).toContainText(`proposed by ${accounts.analyst.name} · reviewed by ${accounts.reviewer.name}`);
  await expect(latest.getByRole("link", { name: evidenceLink })).toBeVisible();

  await analyst.reload();
  await expect(analyst.getByRole("article", { name: statement })).toContainText(`by ${accounts.reviewer.name}`);
});

test("a reviewer sees their own proposal in the queue but no control to decide it", async ({ pageAs, seedTracker }) => {
  const token = uniqueToken();
  const statement = `Working chips are more plausible by 2030 ${token}`;
  const tracker = await seedTracker({
    proofPoints: ["Ecosystem completeness"],
    claims: [{ statement, evidence: [{ title: `2030 looks more plausible ${token}`, stance: "supports" }] }],
  });
  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/workspace/review");
  const waitingBefore = await reviewCount(reviewer);

  await reviewer.goto(`/workspace/claims/${tracker.claims[0]!.id}/propose`);
  await reviewer.getByLabel("New status").selectOption("partially_supported");
  await reviewer.getByRole("checkbox", { name: /2030 looks more plausible/ }).check();
  await reviewer.getByLabel("Rationale").fill("Reporting names 2030 as the more plausible date, which partly supports this.");
  await reviewer.getByRole("button", { name: "Submit for review" }).click();
  await expect(reviewer).toHaveURL(/\/workspace\/proposals\?proposed=/);

  const card = await openProposal(reviewer, statement);
  await expect(card).toContainText("Your proposal — another reviewer must decide.");
  await expect(card.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Reject" })).toHaveCount(0);
  // The header counts only what this reviewer may decide.
  expect(await reviewCount(reviewer)).toBe(waitingBefore);

  await reviewer.goto("/workspace/proposals");
  await reviewer.getByRole("article", { name: statement }).getByRole("button", { name: "Withdraw" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Proposal withdrawn.");
  await expect(reviewer.getByRole("article", { name: statement })).toContainText("Withdrawn");
});

test("refused input is explained beside the field and nothing typed is lost", async ({ pageAs, seedTracker }) => {
  const token = uniqueToken();
  const statement = `A 2030 date is backed by the reporting ${token}`;
  const awaiting = `A claim awaiting review ${token}`;
  const tracker = await seedTracker({
    proofPoints: ["Ecosystem completeness"],
    claims: [
      { statement, evidence: [{ title: `2030 looks more plausible ${token}`, stance: "supports" }] },
      { statement: awaiting, evidence: [{ title: `Context report ${token}`, stance: "context" }], pending: "disputed" },
    ],
  });
  const analyst = await pageAs("analyst");
  await analyst.goto(`/workspace/claims/${tracker.claims[0]!.id}/propose`);
  // Rule 4: Refuted citing only a supporting item.
  await analyst.getByLabel("New status").selectOption("refuted");
  await analyst.getByRole("checkbox", { name: /2030 looks more plausible/ }).check();
  await analyst.getByLabel("Rationale").fill("Nothing in the reporting backs a 2030 date at all, in my view.");
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst.getByRole("main").getByRole("alert")).toContainText("Nothing was saved. Correct these and submit again:");
  await expect(
    analyst.getByRole("main").getByRole("alert").getByRole("link", { name: /^Evidence to cite moving to refuted needs at least one cited item that refutes the claim/ }),
  ).toBeVisible();
  await expect(analyst.getByLabel("New status")).toHaveValue("refuted");
  await expect(analyst.getByRole("checkbox", { name: /2030 looks more plausible/ })).toBeChecked();
  await expect(analyst.getByLabel("Rationale")).toHaveValue("Nothing in the reporting backs a 2030 date at all, in my view.");

  // A rejection needs a note: the fixture's pending proposal, rejected with none.
  const reviewer = await pageAs("reviewer");
  const card = await openProposal(reviewer, awaiting, { query: `?tracker=${tracker.slug}` });
  await card.getByRole("button", { name: "Reject" }).click();
  await expect(card.getByRole("alert")).toContainText("Nothing was saved. Correct these and submit again:");
  await expect(card.getByRole("alert").getByRole("link", { name: "Reason for rejecting must be at least 5 characters" })).toBeVisible();

  await analyst.goto("/workspace/review");
  await expect(analyst.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});
