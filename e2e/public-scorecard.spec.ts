import { expect, test } from "@playwright/test";

// Runs against the demo data seeded on first start (prisma/seed.ts): the EUV tracker and its
// six proof points. Locators use roles and visible text, as a reader would find things.

const EUV_PROOF_POINTS = [
  "Wafer results",
  "Overlay + CDU",
  "Throughput",
  "Uptime and serviceability",
  "Optics supply",
  "Ecosystem completeness",
];

const EXTERNAL_REL = "noopener noreferrer nofollow ugc";

test.describe("public scorecard", () => {
  test("shows the six EUV proof points and the ticked-boxes headline", async ({ page }) => {
    await page.goto("/trackers/euv");

    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText(/\d+ of 6 boxes ticked/)).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Demo data" })).toBeVisible();

    const proofPoints = page.getByRole("region", { name: "Proof points" });
    for (const title of EUV_PROOF_POINTS) {
      await expect(proofPoints.getByRole("heading", { level: 3, name: title, exact: true })).toBeVisible();
    }
  });

  test("a claim opens its page with sourced evidence and its status history", async ({ page }) => {
    await page.goto("/trackers/euv");

    // A claim from the latest approved changes has at least one status change to show.
    const claimLink = page.getByRole("region", { name: "Latest approved changes" }).getByRole("link").first();
    const statement = (await claimLink.textContent())?.trim() ?? "";
    expect(statement).not.toBe("");
    await claimLink.click();

    await expect(page).toHaveURL(/\/claims\/[^/]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(statement);

    const evidence = page.getByRole("region", { name: /^Evidence \(\d+\)$/ });
    const externalLink = evidence.getByRole("link", { name: /opens in a new tab/ }).first();
    await expect(externalLink).toBeVisible();
    await expect(externalLink).toHaveAttribute("rel", EXTERNAL_REL);
    await expect(externalLink).toHaveAttribute("target", "_blank");

    const history = page.getByRole("region", { name: "Status history" });
    await expect(history.getByText("No status changes yet")).toHaveCount(0);
    await expect(history.getByRole("listitem").first()).toContainText(/reviewed by/);
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
