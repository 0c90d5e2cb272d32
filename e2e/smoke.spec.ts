import { expect, test } from "@playwright/test";

test("GET /api/health answers 200 JSON with the database ok", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/json/);
  expect(await response.json()).toMatchObject({ database: "ok" });
});

test("an unknown path answers 404 with a page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.locator("body")).not.toBeEmpty();
});
