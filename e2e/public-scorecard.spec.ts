import { expect, test } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

// A reader's view of a tracker this spec creates. Locators use roles and visible text, as a
// reader would find things.

const PROOF_POINTS = ["Wafer results", "Overlay + CDU", "Throughput"];

const EXTERNAL_REL = "noopener noreferrer nofollow ugc";

test.describe("public scorecard", () => {
  test("shows the tracker's proof points and the ticked-boxes headline", async ({ page, seedTracker }) => {
    const token = uniqueToken();
    const tracker = await seedTracker({
      proofPoints: PROOF_POINTS,
      claims: [{ statement: `Wafers are exposed ${token}`, evidence: [{ title: `Wafer report ${token}`, stance: "supports" }], approved: ["supported"] }],
    });
    await page.goto(`/trackers/${tracker.slug}`);

    await expect(page.getByRole("heading", { level: 1, name: tracker.title })).toBeVisible();
    await expect(page.getByText("1 of 3 boxes ticked", { exact: true })).toBeVisible();
    // Only demo trackers carry the demo banner.
    await expect(page.getByRole("complementary", { name: "Demo data" })).toHaveCount(0);

    const proofPoints = page.getByRole("region", { name: "Proof points" });
    for (const title of PROOF_POINTS) {
      await expect(proofPoints.getByRole("heading", { level: 3, name: title, exact: true })).toBeVisible();
    }
  });

  test("the demo tracker says it is demo data", async ({ page }) => {
    await page.goto("/trackers/euv");
    await expect(page.getByRole("complementary", { name: "Demo data" })).toBeVisible();
  });

  test("a claim opens its page with sourced evidence and its status history", async ({ page, seedTracker }) => {
    const token = uniqueToken();
    const statement = `Overlay holds across the wafer ${token}`;
    const tracker = await seedTracker({
      proofPoints: PROOF_POINTS,
      claims: [{ statement, point: 1, evidence: [{ title: `Overlay report ${token}`, stance: "supports" }], approved: ["partially_supported"] }],
    });
    await page.goto(`/trackers/${tracker.slug}`);

    const claimLink = page.getByRole("region", { name: "Latest approved changes" }).getByRole("link", { name: statement });
    await claimLink.click();

    await expect(page).toHaveURL(new RegExp(`/claims/${tracker.claims[0]!.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(statement);

    const evidence = page.getByRole("region", { name: "Evidence (1)" });
    const externalLink = evidence.getByRole("link", { name: new RegExp(`^Overlay report ${token}.*opens in a new tab`) });
    await expect(externalLink).toBeVisible();
    await expect(externalLink).toHaveAttribute("rel", EXTERNAL_REL);
    await expect(externalLink).toHaveAttribute("target", "_blank");

    const history = page.getByRole("region", { name: "Status history" });
    await expect(history.getByText("No status changes yet")).toHaveCount(0);
    await expect(history.getByRole("listitem").first()).toContainText(`reviewed by ${tracker.reviewerName}`);
  });

  test("an unknown tracker answers 404 with the not-found page", async ({ page }) => {
    const response = await page.goto("/trackers/no-such-tracker");

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "See all published trackers" })).toHaveAttribute("href", "/");
  });

  test("an unknown claim id answers 404 with the not-found page", async ({ page }) => {
    const response = await page.goto("/claims/no-such-claim");

    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  });

  test("the health check reports a reachable database", async ({ request }) => {
    const response = await request.get("/api/health");

    expect(response.status()).toBe(200);
    const body: unknown = await response.json();
    expect(body).toMatchObject({ status: "ok", database: "ok", latencyMs: expect.any(Number) });
  });
});
