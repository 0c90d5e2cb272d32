// The review queue as a compact list with one proposal open beside it, walked with the
// keyboard.
import { expect, test } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

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
