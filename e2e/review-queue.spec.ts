// The review queue as a compact list with one proposal open beside it, walked with the
// keyboard.
import { expect, test } from "./support/fixtures";
import { openProposal, uniqueToken } from "./support/workspace";

test("a reviewer walks the queue with the keyboard, and the open proposal says what approval would do", async ({ pageAs, seedTracker }) => {
  const token = uniqueToken();
  const older = `Overlay is within spec on a full lot ${token}`;
  const newer = `Throughput reaches 100 wafers an hour ${token}`;
  const tracker = await seedTracker({
    proofPoints: ["Overlay + CDU", "Throughput"],
    claims: [
      { statement: older, point: 0, evidence: [{ title: `Overlay report ${token}`, stance: "supports" }], pending: "partially_supported" },
      { statement: newer, point: 1, evidence: [{ title: `Throughput report ${token}`, stance: "refutes" }], pending: "disputed" },
    ],
  });
  const reviewer = await pageAs("reviewer");
  await reviewer.goto(`/workspace/review?tracker=${tracker.slug}`);

  const rows = reviewer.getByRole("list", { name: "Pending status proposals" });
  await expect(rows.getByRole("listitem")).toHaveCount(2);
  await expect(rows.getByRole("listitem").first()).toContainText(older);
  const detail = reviewer.getByRole("region", { name: "The open proposal" });
  await expect(detail.getByRole("article", { name: older })).toContainText("If approved: Moves Overlay + CDU from open to partial; 0 of 2 ticked");
  await expect(rows.getByRole("link", { name: older })).toHaveAttribute("aria-current", "true");

  await reviewer.keyboard.press("j");
  await expect(detail.getByRole("article", { name: newer })).toContainText("If approved: Moves Throughput from open to contested; 0 of 2 ticked");
  await expect(reviewer).toHaveURL(/proposal=/);
  await expect(detail).toContainText("Proposal 2 of 2");
  await reviewer.keyboard.press("k");
  await expect(detail.getByRole("article", { name: older })).toBeVisible();

  await reviewer.keyboard.press("?");
  const help = reviewer.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Next proposal");
  await reviewer.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // "r" puts focus on the reason; keys typed there are text, not shortcuts.
  await reviewer.keyboard.press("r");
  const reason = detail.getByLabel("Reason for rejecting (required)");
  await expect(reason).toBeFocused();
  await reviewer.keyboard.type("just");
  await expect(reason).toHaveValue("just");
  await expect(detail.getByRole("article", { name: older })).toBeVisible();
  await reviewer.keyboard.press("Escape");
  await reason.blur();
  await reviewer.keyboard.press("a");
  await expect(detail.getByLabel("Approval note (optional)")).toBeFocused();
});

test("on a phone the queue's list and the open proposal stack, and nothing scrolls sideways", async ({ pageAs, seedTracker }) => {
  const token = uniqueToken();
  const statement = `Optics supply covers two scanners a year ${token}`;
  const tracker = await seedTracker({ proofPoints: ["Optics supply"], claims: [{ statement, evidence: [{ title: `Optics report ${token}`, stance: "supports" }], pending: "partially_supported" }] });
  const reviewer = await pageAs("reviewer");
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await reviewer.goto(`/workspace/review?tracker=${tracker.slug}`);
  await expect(reviewer.getByRole("region", { name: "The open proposal" }).getByRole("article", { name: statement })).toBeVisible();
  const overflow = await reviewer.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a reviewer asks for changes, the proposer answers and amends, and the reviewer approves the amended proposal", async ({ pageAs, seedTracker }) => {
  const token = uniqueToken();
  const statement = `Resist supply covers the pilot line ${token}`;
  const tracker = await seedTracker({
    proofPoints: ["Ecosystem completeness"],
    claims: [{ statement, evidence: [{ title: `Resist report ${token}`, stance: "supports" }, { title: `Second resist report ${token}`, stance: "supports" }] }],
  });
  const analyst = await pageAs("analyst");
  await analyst.goto(`/workspace/claims/${tracker.claims[0]!.id}/propose`);
  await analyst.getByLabel("New status").selectOption("partially_supported");
  await analyst.getByRole("checkbox", { name: new RegExp(`^Resist report ${token}`) }).check();
  await analyst.getByLabel("Rationale").fill("One supplier report says resist deliveries cover the pilot line.");
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst).toHaveURL(/\/workspace\/proposals\?proposed=/);

  const reviewer = await pageAs("reviewer");
  const card = await openProposal(reviewer, statement);
  const discussion = card.getByRole("region", { name: /^Discussion/ });
  await discussion.getByLabel("Comment").fill("One report is thin: please cite the second one too.");
  await discussion.getByLabel("Ask the proposer for changes").check();
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion.getByRole("status")).toContainText("Changes requested.");
  await expect(discussion.getByRole("listitem").filter({ hasText: "please cite the second one too" })).toContainText("Asked for changes");
  await expect(card).toContainText("Changes requested: the proposer has not amended the proposal since.");

  await analyst.goto("/workspace/proposals");
  const mine = analyst.getByRole("article", { name: statement });
  await expect(mine).toContainText("Changes requested: a reviewer asked for changes.");
  await mine.getByRole("region", { name: /^Discussion/ }).getByLabel("Comment").fill("Adding it now.");
  await mine.getByRole("button", { name: "Post comment" }).click();
  await expect(mine.getByRole("region", { name: /^Discussion/ }).getByRole("listitem").filter({ hasText: "Adding it now." })).toBeVisible();
  await mine.getByRole("link", { name: "Amend the proposal" }).click();
  await expect(analyst.getByRole("heading", { level: 1, name: "Amend your proposal" })).toBeVisible();
  await analyst.getByRole("checkbox", { name: new RegExp(`^Second resist report ${token}`) }).check();
  await analyst.getByLabel("Rationale").fill("Two supplier reports say resist deliveries cover the pilot line.");
  await analyst.getByRole("button", { name: "Save the amended proposal" }).click();
  await expect(analyst.getByRole("alert").filter({ hasText: "There is a problem" })).toContainText("What you changed");
  await analyst.getByLabel("What you changed").fill("Cited the second report.");
  await analyst.getByRole("button", { name: "Save the amended proposal" }).click();
  await expect(analyst.getByRole("status")).toContainText("Proposal amended.");

  const amended = await openProposal(reviewer, statement);
  await expect(amended).toContainText("Two supplier reports say resist deliveries cover the pilot line.");
  await expect(amended.getByRole("link", { name: new RegExp(`Second resist report ${token}`) })).toBeVisible();
  await expect(amended.getByRole("region", { name: /^Discussion/ }).getByRole("listitem").filter({ hasText: "Cited the second report." })).toContainText("Amended the proposal");
  await expect(amended).not.toContainText("Changes requested:");
  await amended.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Proposal approved.");
});
