import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

// The workspace and admin pages people work in daily: no serious or critical axe violation
// and no sideways scrolling, on a desktop and on a 390 px phone, each with data of this
// spec's own (a claim with evidence, a pending proposal, the analyst's own proposal).

const IMPACTS_THAT_FAIL = new Set(["serious", "critical"]);

async function problems(page: Page, path: string) {
  await page.goto(path);
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations
    .filter((violation) => IMPACTS_THAT_FAIL.has(violation.impact ?? ""))
    .map((violation) => `${violation.id}: ${violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join(", ")}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  return { path, violations, scrollsSideways: overflow > 0 };
}

for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
]) {
  test(`the workspace, review and admin pages pass axe and fit a ${viewport.name} (${viewport.width} px)`, async ({ pageAs, seedTracker }) => {
    const token = uniqueToken();
    const tracker = await seedTracker({
      proofPoints: ["Overlay + CDU"],
      claims: [
        { statement: `Overlay holds on a full lot ${token}`, evidence: [{ title: `Overlay report ${token}`, stance: "supports" }], pending: "partially_supported" },
        { statement: `CDU is within spec ${token}`, evidence: [{ title: `CDU report ${token}`, stance: "supports" }] },
      ],
    });
    const analyst = await pageAs("analyst");
    await analyst.setViewportSize(viewport);
    // The analyst's own proposal, for its amend page.
    await analyst.goto(`/workspace/claims/${tracker.claims[1]!.id}/propose`);
    await analyst.getByLabel("New status").selectOption("partially_supported");
    await analyst.getByRole("checkbox", { name: new RegExp(`CDU report ${token}`) }).check();
    await analyst.getByLabel("Rationale").fill("The CDU report shows the spec met on test wafers only.");
    await analyst.getByRole("button", { name: "Submit for review" }).click();
    await expect(analyst).toHaveURL(/\/workspace\/proposals\?proposed=/);
    const amendHref = await analyst.getByRole("article", { name: `CDU is within spec ${token}` }).getByRole("link", { name: "Amend the proposal" }).getAttribute("href");

    const results = [];
    for (const path of ["/workspace", `/workspace/claims/${tracker.claims[0]!.id}`, "/workspace/proposals", amendHref!, "/workspace/notifications", "/workspace/submissions"]) {
      results.push(await problems(analyst, path));
    }
    const reviewer = await pageAs("reviewer");
    await reviewer.setViewportSize(viewport);
    results.push(await problems(reviewer, `/workspace/review?tracker=${tracker.slug}`));
    const admin = await pageAs("admin");
    await admin.setViewportSize(viewport);
    for (const path of ["/admin/webhooks", "/admin/corrections-policy"]) results.push(await problems(admin, path));

    expect(results.filter((result) => result.violations.length > 0 || result.scrollsSideways)).toEqual([]);
  });
}
