// The headers of every class of route, read over HTTP from the production server.
import { expect, test } from "@playwright/test";

const ROUTES: [string, string][] = [
  ["public page", "/trackers/euv"],
  ["home", "/"],
  ["sign-in", "/sign-in"],
  ["workspace (redirects to sign-in)", "/workspace"],
  ["not found page", "/trackers/no-such-tracker"],
  ["JSON API", "/api/v1/trackers"],
  ["Atom feed", "/feed.xml"],
  ["CSV export", "/trackers/euv/export.csv?table=claims"],
  ["refused request", "/claims/%ff"],
];

test("pages and outputs send a strict CSP, COOP, Permissions-Policy and no framing", async ({ request }) => {
  for (const [name, path] of ROUTES) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp, name).toMatch(/object-src 'none'|default-src 'none'/);
    expect(csp, name).toContain("base-uri 'none'");
    expect(csp, name).toMatch(/form-action '(self|none)'/);
    expect(csp, name).toContain("frame-ancestors 'none'");
    expect(csp, name).not.toMatch(/script-src[^;]*\*/);
    expect(headers["cross-origin-opener-policy"], name).toBe("same-origin");
    expect(headers["x-content-type-options"], name).toBe("nosniff");
    // Plain http origin here: no HSTS (the https case is covered where the server runs with one).
    expect(headers["strict-transport-security"], name).toBeUndefined();
  }
  const page = (await request.get("/trackers/euv")).headers();
  expect(page["permissions-policy"]).toContain("camera=()");
  expect(page["x-frame-options"]).toBe("DENY");
});

test("signed-in pages get a fresh nonce with strict-dynamic; public pages a static policy that caches", async ({ request }) => {
  const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
  const first = (await request.get("/sign-in")).headers()["content-security-policy"]!;
  const second = (await request.get("/sign-in")).headers()["content-security-policy"]!;
  expect(first).toContain("'strict-dynamic'");
  expect(/script-src [^;]*/.exec(first)![0]).not.toContain("'unsafe-inline'");
  expect(nonceOf(first)).toBeTruthy();
  expect(nonceOf(second)).not.toBe(nonceOf(first));
  const html = await (await request.get("/sign-in")).text();
  expect(html).toMatch(/<script[^>]+nonce="[^"]+"/);

  const publicPolicies = await Promise.all([request.get("/trackers/euv"), request.get("/trackers/euv")]);
  const [a, b] = publicPolicies.map((response) => response.headers()["content-security-policy"]);
  expect(a).toBe(b);
  expect(a).not.toContain("nonce-");
  expect(await publicPolicies[0]!.text()).not.toContain("nonce=");
});

test("the badge and widget may be framed anywhere but run nothing", async ({ request }) => {
  for (const path of ["/trackers/euv/badge.svg", "/trackers/euv/widget"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("default-src 'none'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors *");
    expect(headers["x-frame-options"], path).toBeUndefined();
  }
});

test("no CSP violation while public pages, sign-in and the workspace hydrate", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/trackers/euv");
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill("analyst@example.com");
  await page.getByLabel("Password").fill("proofboard-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await page.goto("/workspace/claims");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Hydrated: a client-side navigation works (no full reload), which needs the scripts to run.
  await page.evaluate(() => ((window as unknown as { hydratedMarker: boolean }).hydratedMarker = true));
  await page.getByRole("link", { name: "Workspace" }).first().click();
  await expect(page).toHaveURL(/\/workspace$/);
  expect(await page.evaluate(() => (window as unknown as { hydratedMarker?: boolean }).hydratedMarker)).toBe(true);
  await page.goto("/trackers/euv");
  await page.evaluate(() => ((window as unknown as { hydratedMarker: boolean }).hydratedMarker = true));
  await page.getByRole("link", { name: "Methodology" }).first().click();
  await expect(page).toHaveURL(/\/methodology$/);
  expect(await page.evaluate(() => (window as unknown as { hydratedMarker?: boolean }).hydratedMarker)).toBe(true);
  expect(violations).toEqual([]);
});
