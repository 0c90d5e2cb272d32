// A verdict that loses its footing is flagged, in three browser contexts: an analyst
// removes evidence an approved claim cites, a reader sees "Needs re-review" at once, and
// only a reviewer's approval of a confirmation (four eyes) clears the flag again.
import { expect, test } from "./support/fixtures";
import { fileClaim, fillEvidence, openProposal, submitEvidence, titled, uniqueToken } from "./support/workspace";

test("removing cited evidence flags the claim publicly until a second person confirms the status", async ({ browser, baseURL, pageAs, tracker }) => {
  // Three people, a dozen page loads: more than the default budget of one test, never a retry.
  test.setTimeout(120_000);
  const token = uniqueToken();
  const statement = `Mask blank supply is domestic for the EUV line (${token}).`;
  const removed = `Mask blanks qualified ${token}`;
  const kept = `Second mask blank report ${token}`;
  const titles = [removed, kept];

  const analyst = await pageAs("analyst");
  const workspacePath = await fileClaim(analyst, statement, tracker);
  const claimId = workspacePath.split("/").pop()!;
  for (const [index, title] of titles.entries()) {
    await fillEvidence(analyst, { url: `https://www.reuters.com/mask-blanks-${token}-${index}`, title, stance: "Supports", credibility: "3 · Possibly true" });
    await submitEvidence(analyst);
    // The flash of the first item is still on the page, so wait for this item itself.
    await expect(analyst.getByRole("link", titled(title))).toBeVisible();
  }

  await analyst.goto(`/workspace/claims/${claimId}/propose`);
  await analyst.getByLabel("New status").selectOption("partially_supported");
  for (const title of titles) await analyst.getByRole("checkbox", { name: new RegExp(title) }).check();
  await analyst.getByLabel("Rationale").fill("Two reports describe domestic mask blanks passing qualification for the line.");
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst).toHaveURL(/\/workspace\/proposals\?proposed=/);

  const reviewer = await pageAs("reviewer");
  await (await openProposal(reviewer, statement)).getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Proposal approved.");

  // A reader with no account, in a context of their own.
  const readerContext = await browser.newContext({ baseURL });
  const reader = await readerContext.newPage();
  await reader.goto(`/claims/${claimId}`);
  await expect(reader.getByRole("main")).toContainText("Partially supported");
  await expect(reader.getByText("Needs re-review")).toHaveCount(0);

  await analyst.goto(workspacePath);
  await analyst.getByRole("link", { name: `Remove “${removed}”` }).click();
  await analyst.getByLabel("Why remove it?").fill("Logged against the wrong claim.");
  await analyst.getByRole("checkbox", { name: /take this item off the public page/ }).check();
  await analyst.getByRole("button", { name: "Remove evidence" }).click();
  await expect(analyst.getByRole("status").filter({ hasText: "Evidence removed." })).toBeVisible();

  await reader.reload();
  const flag = reader.getByRole("note").filter({ hasText: "Needs re-review" });
  await expect(flag).toContainText(`cited evidence “${removed}” was removed`);
  await expect(reader.getByRole("main")).toContainText("Partially supported");
  await reader.goto(`/trackers/${tracker.slug}`);
  const scorecardClaim = reader.getByRole("list", { name: /^Claims under / }).getByRole("listitem").filter({ has: reader.getByRole("link", { name: statement }) });
  await expect(scorecardClaim).toContainText("Needs re-review");

  // The analyst proposes to keep the status, citing what still holds; the reviewer approves.
  await reviewer.goto("/workspace/review");
  const item = reviewer.getByRole("region", { name: /Needs re-review/ }).getByRole("article", { name: statement });
  await item.getByRole("link", { name: /Confirm or change the status/ }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: "Confirm the status" })).toBeVisible();
  await analyst.goto(`/workspace/claims/${claimId}/confirm`);
  await analyst.getByRole("checkbox", { name: new RegExp(kept) }).check();
  await analyst.getByLabel("Why the status still holds").fill("The second report alone still carries partial support.");
  await analyst.getByRole("button", { name: "Submit confirmation for review" }).click();
  await expect(analyst).toHaveURL(/\/workspace\/proposals\?proposed=/);

  const card = await openProposal(reviewer, statement, { rowText: "Keep partially supported" });
  await expect(card).toContainText("Needs re-review:");
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Proposal approved.");

  await reader.goto(`/claims/${claimId}`);
  await expect(reader.getByText("Needs re-review")).toHaveCount(0);
  const history = reader.getByRole("region", { name: "Status history" });
  await expect(history).toContainText("confirmed on re-review");
  // Cited by the first approval and by the confirmation, which is the newest entry.
  await expect(history.getByRole("link", titled(kept))).toHaveCount(2);
  await readerContext.close();
});
