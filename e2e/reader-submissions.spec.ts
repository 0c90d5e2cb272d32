// Readers without an account: on a phone, a reader suggests a link (the proof of work solved
// in the browser), an analyst accepts it from the triage queue and it appears as evidence;
// a reader's report of an error goes through the normal four-eyes review and the change
// it led to appears in the corrections logs. Each test makes its own tracker.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { openProposal, uniqueToken } from "./support/workspace";

const PHONE = { width: 390, height: 844 };

async function readerPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: PHONE, isMobile: true, hasTouch: true });
  return context.newPage();
}

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical").map((violation) => violation.id);
}

/** The text of the newest caught mail to `address` whose subject contains `subject` (the local mail catcher's page). */
async function caughtMail(page: Page, address: string, subject: string): Promise<string> {
  let text = "";
  await expect
    .poll(async () => {
      const html = await (await page.request.get("/dev/mail")).text();
      const item = html.split("<li>").find((part) => part.includes(address) && part.includes(subject));
      text = item ?? "";
      return Boolean(item);
    }, { timeout: 30_000, message: `a mail "${subject}" to ${address}` })
    .toBe(true);
  return text;
}

/** Ticks the widget's check, as a reader does first: the browser starts solving the proof of work. */
async function startProofOfWork(form: ReturnType<Page["locator"]>) {
  await form.getByText("I'm not a robot", { exact: true }).click();
}

/** Sends the form once the widget has solved its proof of work (a few seconds on a slow machine). */
async function sendWhenSolved(form: ReturnType<Page["locator"]>) {
  const send = form.getByRole("button", { name: "Send", exact: true });
  await expect(send).toBeVisible({ timeout: 60_000 });
  await send.click();
}

test("a reader suggests a link on a phone, an analyst accepts it and it appears as evidence", async ({ browser, baseURL, pageAs, seedTracker }) => {
  test.setTimeout(150_000);
  const token = uniqueToken();
  const tracker = await seedTracker({ proofPoints: ["Wafer results"], claims: [{ statement: `Wafers are exposed at volume ${token}` }] });
  const claim = tracker.claims[0]!;
  const url = `https://news.example.org/reader-link-${token}`;
  const email = `reader-${token}@example.org`;

  const reader = await readerPage(browser, baseURL);
  await reader.goto(`/claims/${claim.id}`);
  const panel = reader.locator("details").filter({ has: reader.getByText("Suggest evidence", { exact: true }) });
  await panel.getByText("Suggest evidence", { exact: true }).click();
  await startProofOfWork(panel);
  await panel.getByLabel("Link to the report").fill(url);
  await panel.getByLabel("What does it do to the claim?").selectOption("supports");
  await panel.getByLabel("Quote (optional)").fill("The line exposed its first volume wafers.");
  await panel.getByLabel("Note (optional)").fill("A newer report than the ones listed.");
  await panel.getByLabel("Your email (optional)").fill(email);
  expect(await seriousViolations(reader)).toEqual([]);
  // The open form fits the phone: no sideways scrolling.
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await sendWhenSolved(panel);
  await expect(panel.getByRole("status")).toContainText("Thank you: an analyst will look at it.");

  // Not public before an analyst accepts it, and the address never is.
  await reader.reload();
  await expect(reader.getByRole("main")).not.toContainText(url);

  // The worker mails a confirmation link after the submission commits; one press confirms.
  const confirmation = await caughtMail(reader, email, "Confirm your address");
  const link = /https?:\/\/[^\s<"]+\/reader\/confirm-email\?token=[\w%-]+/.exec(confirmation)![0];
  await reader.goto(new URL(link).pathname + new URL(link).search);
  expect(await seriousViolations(reader)).toEqual([]);
  await reader.getByRole("button", { name: "Confirm my address" }).click();
  await expect(reader.getByRole("status")).toContainText("your address is confirmed");

  const analyst = await pageAs("analyst");
  await analyst.goto(`/workspace/submissions?state=new&tracker=${tracker.slug}`);
  await expect(analyst.getByRole("link", { name: /^Reader reports \(\d+\)/ })).toBeVisible();
  await expect(analyst.getByRole("link", { name: /^New \(1\)/ })).toBeVisible();
  const item = analyst.getByRole("article").filter({ hasText: url });
  await expect(item).toContainText("email confirmed");
  await item.getByText("Accept", { exact: true }).click();
  const title = `Volume wafers reported ${token}`;
  await item.getByLabel("Title").fill(title);
  await item.getByLabel("Information credibility").selectOption("3");
  await item.getByRole("button", { name: "Log as evidence" }).click();
  await expect(analyst.getByRole("status").filter({ hasText: "Submission accepted." })).toBeVisible();
  await analyst.goto(`/workspace/submissions?state=accepted&tracker=${tracker.slug}`);
  await expect(analyst.getByRole("article").filter({ hasText: url })).toContainText("Accepted by");

  await reader.goto(`/claims/${claim.id}`);
  await expect(reader.getByRole("main")).toContainText(title);
  await expect(reader.getByRole("main")).not.toContainText(email);
  expect(await caughtMail(reader, email, "was accepted")).toContain(`/claims/${claim.id}`);
});

test("a reader's report of an error leads to a reviewed change that the corrections logs show", async ({ browser, baseURL, pageAs, seedTracker }) => {
  test.setTimeout(150_000);
  const token = uniqueToken();
  const statement = `The stage meets its overlay target ${token}`;
  const refuting = `Overlay misses target ${token}`;
  const tracker = await seedTracker({
    proofPoints: ["Overlay"],
    claims: [{ statement, evidence: [{ title: `Overlay report ${token}`, stance: "supports" }, { title: refuting, stance: "refutes" }], approved: ["supported"] }],
  });
  const claimId = tracker.claims[0]!.id;
  const problem = `The overlay report was corrected by its publisher ${token}.`;

  const reader = await readerPage(browser, baseURL);
  await reader.goto(`/claims/${claimId}`);
  const panel = reader.locator("details").filter({ has: reader.getByText("Dispute / report an error", { exact: true }) });
  await panel.getByText("Dispute / report an error", { exact: true }).click();
  await startProofOfWork(panel);
  await panel.getByLabel("What is wrong, and why?").fill(problem);
  await panel.getByLabel("Links (optional)").fill(`https://news.example.org/correction-${token}`);
  await sendWhenSolved(panel);
  await expect(panel.getByRole("status")).toContainText("Thank you");

  const analyst = await pageAs("analyst");
  await analyst.goto(`/workspace/submissions?state=new&tracker=${tracker.slug}`);
  const item = analyst.getByRole("article").filter({ hasText: problem });
  await item.getByText("Accept", { exact: true }).click();
  await item.getByLabel("What should the re-review check?").fill("Check the corrected overlay report.");
  await item.getByRole("button", { name: "Accept and send to re-review" }).click();
  await expect(analyst.getByRole("status").filter({ hasText: "Submission accepted." })).toBeVisible();

  const rationale = `The corrected report shows the overlay target was missed ${token}.`;
  // Both logs are kept by the rendered-page cache: the report is listed, waiting for review.
  const logs = ["/corrections", `/trackers/${tracker.slug}/corrections`];
  for (const path of logs) {
    await expect.poll(async () => (await reader.request.get(path)).headers()["x-proofboard-cache"], { timeout: 20_000, message: path }).toBe("hit");
    const cached = await reader.request.get(path);
    expect(cached.headers()["cache-control"], path).toMatch(/^public, /);
    const html = await cached.text();
    expect(html, path).toContain(problem);
    expect(html, path).not.toContain(rationale);
  }

  // The claim goes through the normal four-eyes flow: an analyst proposes, a reviewer approves.
  await analyst.goto(`/workspace/claims/${claimId}/propose`);
  await analyst.getByLabel("New status").selectOption("refuted");
  await analyst.getByRole("checkbox", { name: new RegExp(refuting) }).check();
  await analyst.getByLabel("Rationale").fill(rationale);
  await analyst.getByRole("button", { name: "Submit for review" }).click();
  await expect(analyst).toHaveURL(/\/workspace\/proposals\?proposed=/);

  const reviewer = await pageAs("reviewer");
  const card = await openProposal(reviewer, statement, { rowText: "→ Refuted" });
  await expect(card).toContainText(rationale);
  await card.getByRole("button", { name: "Approve" }).click();
  await expect(reviewer.getByRole("status")).toContainText("Proposal approved.");

  // The approval invalidated the cached logs: the next visit shows the reviewed change.
  for (const path of logs) {
    await reader.goto(path);
    const entry = reader.getByRole("main").getByRole("listitem").filter({ hasText: statement });
    await expect(entry, path).toContainText(/The record said.*Supported.*It says now.*Refuted/s);
    await expect(entry, path).toContainText(problem);
    expect(await seriousViolations(reader), path).toEqual([]);
  }
  const feed = await reader.request.get(`/trackers/${tracker.slug}/corrections/feed.xml`);
  expect(await feed.text()).toContain(`/claims/${claimId}`);

  await reader.goto(`/claims/${claimId}`);
  const corrections = reader.getByRole("region", { name: /^Corrections/ });
  await expect(corrections).toContainText(/The record said.*Supported.*It says now.*Refuted/s);
  await expect(corrections.getByRole("link", { name: `All corrections in ${tracker.title}` })).toBeVisible();
});

test("the corrections logs refuse bad bytes with a 400 and an unknown tracker with a 404", async ({ request }) => {
  for (const path of ["/trackers/%c0%af/corrections", "/trackers/%00/corrections/feed.xml", "/reader/confirm-email?token=%ff"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
  for (const path of [`/trackers/no-such-tracker-${uniqueToken()}/corrections`, `/trackers/no-such-tracker-${uniqueToken()}/corrections/feed.xml`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});
