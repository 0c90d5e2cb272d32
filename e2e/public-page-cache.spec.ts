// Public pages are rendered once for every reader and served from the page cache: a
// signed-in reviewer and an anonymous reader get the same bytes, with public cache headers
// and an ETag; only the reviewer's browser then shows the account menu, from /api/session.
import { expect, test } from "./support/fixtures";

test("a reviewer and an anonymous reader get the same cached scorecard; only the reviewer sees the account menu", async ({ pageAs, browser, baseURL, accounts, tracker }) => {
  const reviewerPage = await pageAs("reviewer");
  const anonymous = await browser.newContext({ baseURL });
  const readerPage = await anonymous.newPage();

  const asReviewer = await reviewerPage.request.get(`/trackers/${tracker.slug}`);
  const asReader = await readerPage.request.get(`/trackers/${tracker.slug}`);
  expect(asReviewer.status()).toBe(200);
  expect(asReader.status()).toBe(200);
  for (const response of [asReviewer, asReader]) {
    expect(response.headers()["cache-control"]).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(response.headers()["etag"]).toBeTruthy();
    expect(response.headers()["set-cookie"]).toBeUndefined();
  }
  const reviewerHtml = await asReviewer.text();
  expect(await asReader.text()).toBe(reviewerHtml);
  expect(asReviewer.headers()["etag"]).toBe(asReader.headers()["etag"]);
  // No session byte in the shared page: not the reviewer's name, not a review count.
  expect(reviewerHtml).not.toContain(accounts.reviewer.name);
  expect(reviewerHtml).not.toMatch(/Review \(\d+\)/);

  // A repeat with the ETag is a 304.
  const again = await readerPage.request.get(`/trackers/${tracker.slug}`, { headers: { "if-none-match": asReader.headers()["etag"]! } });
  expect(again.status()).toBe(304);

  await reviewerPage.goto(`/trackers/${tracker.slug}`);
  await expect(reviewerPage.getByRole("link", { name: "Workspace", exact: true })).toBeVisible();
  await expect(reviewerPage.getByText(accounts.reviewer.name)).toBeVisible();
  await expect(reviewerPage.getByRole("link", { name: /^Review \(\d+\)/ })).toBeVisible();

  await readerPage.goto(`/trackers/${tracker.slug}`);
  await expect(readerPage.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(readerPage.getByText(accounts.reviewer.name)).toHaveCount(0);
  await expect(readerPage.getByRole("link", { name: "Workspace", exact: true })).toHaveCount(0);
  await anonymous.close();
});

test("the workspace is never served from the page cache", async ({ pageAs }) => {
  const page = await pageAs("analyst");
  const response = await page.request.get("/workspace");
  expect(response.headers()["cache-control"] ?? "").not.toMatch(/public/);
  expect(response.headers()["x-proofboard-cache"]).toBeUndefined();
});
