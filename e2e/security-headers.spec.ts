// The headers of every class of route, read over HTTP from the production server, and the
// Content Security Policy seen by Chromium: every page hydrates with no violation
// (docs/decisions/0026-content-security-policy.md).
import { createHash } from "node:crypto";
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { expect, test, type SeedTracker } from "./support/fixtures";
import { uniqueToken } from "./support/workspace";

async function headersTracker(seedTracker: SeedTracker) {
  const token = uniqueToken();
  return seedTracker({
    title: `Headers tracker ${token}`,
    proofPoints: [`Headers point ${token}`],
    claims: [{ statement: `Headers claim ${token}`, evidence: [{ title: `Headers evidence ${token}`, stance: "supports" }], approved: ["supported"] }],
  });
}

/** The script-src directive's sources. */
function scriptSources(csp: string): string[] {
  return (/(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1] ?? "").trim().split(/\s+/);
}

function expectStrictPagePolicy(csp: string, name: string): void {
  const sources = scriptSources(csp);
  expect(sources, name).toContain("'strict-dynamic'");
  // Only nonces and hashes: no 'unsafe-inline', no 'self', no hosts.
  for (const source of sources.filter((s) => s !== "'strict-dynamic'")) expect(source, name).toMatch(/^'(nonce-[^']+|sha(256|384|512)-[A-Za-z0-9+/=]+)'$/);
  expect(csp, name).toContain("object-src 'none'");
  expect(csp, name).toContain("base-uri 'none'");
  expect(csp, name).toContain("form-action 'self'");
  expect(csp, name).toContain("frame-ancestors 'none'");
}

async function expectCommonHeaders(request: APIRequestContext, path: string, name: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  const headers = response.headers();
  expect(headers["cross-origin-opener-policy"], name).toBe("same-origin");
  expect(headers["x-content-type-options"], name).toBe("nosniff");
  // Plain http origin here: no HSTS (e2e/database-outage.spec.ts runs a server with an https one).
  expect(headers["strict-transport-security"], name).toBeUndefined();
  return response;
}

test("every page class sends a strict CSP with strict-dynamic, COOP, Permissions-Policy and no framing", async ({ request, seedTracker, pageAs }) => {
  const tracker = await headersTracker(seedTracker);
  const admin = await pageAs("admin");
  const pages: [string, string, APIRequestContext][] = [
    ["home", "/", request],
    ["tracker list", "/trackers", request],
    ["scorecard", `/trackers/${tracker.slug}`, request],
    ["proof point", `/trackers/${tracker.slug}/points/${tracker.proofPoints[0]!.key}`, request],
    ["claim", `/claims/${tracker.claims[0]!.id}`, request],
    ["methodology", "/methodology", request],
    ["not found page", `/trackers/no-such-tracker-${uniqueToken()}`, request],
    ["sign-in", "/sign-in", request],
    ["workspace (redirects to sign-in)", "/workspace", request],
    ["workspace, signed in", "/workspace", admin.request],
    ["admin, signed in", "/admin/users", admin.request],
  ];
  for (const [name, path, client] of pages) {
    const response = await expectCommonHeaders(client, path, name);
    expectStrictPagePolicy(response.headers()["content-security-policy"] ?? "", name);
    expect(response.headers()["permissions-policy"], name).toContain("camera=()");
    expect(response.headers()["x-frame-options"], name).toBe("DENY");
  }
});

test("outputs and refusals send a policy that runs nothing", async ({ request, seedTracker }) => {
  const tracker = await headersTracker(seedTracker);
  const outputs: [string, string][] = [
    ["JSON API", "/api/v1/trackers"],
    ["OpenAPI document", "/api/v1/openapi.json"],
    ["CSV export", `/trackers/${tracker.slug}/export.csv?table=claims`],
    ["JSON export", `/trackers/${tracker.slug}/export.json`],
    ["refused request", "/claims/%ff"],
  ];
  for (const [name, path] of outputs) {
    const response = await expectCommonHeaders(request, path, name);
    const csp = response.headers()["content-security-policy"] ?? "";
    expect(csp, name).toContain("default-src 'none'");
    expect(csp, name).not.toContain("script-src");
    expect(csp, name).toContain("base-uri 'none'");
    expect(csp, name).toContain("frame-ancestors 'none'");
  }
});

test("feeds allow only their same-origin stylesheet, so a browser shows them as a page and runs nothing else", async ({ request, seedTracker }) => {
  const tracker = await headersTracker(seedTracker);
  for (const [name, path] of [["site feed", "/feed.xml"], ["tracker feed", `/trackers/${tracker.slug}/feed.xml`]] as const) {
    const response = await expectCommonHeaders(request, path, name);
    const directives = (response.headers()["content-security-policy"] ?? "").split(/\s*;\s*/);
    expect(directives, name).toContain("default-src 'none'");
    expect(directives, name).toContain("script-src 'self'");
    expect(directives, name).toContain("base-uri 'none'");
    expect(directives, name).toContain("form-action 'none'");
    expect(directives, name).toContain("frame-ancestors 'none'");
  }
});

test("signed-in pages get a fresh nonce on every request, on every script", async ({ request, pageAs }) => {
  const admin = await pageAs("admin");
  for (const [client, path] of [
    [request, "/sign-in"],
    [admin.request, "/workspace"],
  ] as const) {
    const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    const [first, second] = [await client.get(path), await client.get(path)];
    const [a, b] = [nonceOf(first.headers()["content-security-policy"]!), nonceOf(second.headers()["content-security-policy"]!)];
    expect(a, path).toBeTruthy();
    expect(b, path).not.toBe(a);
    const scripts = [...(await second.text()).matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts.filter((tag) => !/type="application\/ld\+json"/.test(tag))) expect(tag, path).toContain(`nonce="${b}"`);
  }
});

test("a cached public page keeps one policy of hashes that covers exactly its scripts", async ({ request, seedTracker }) => {
  const tracker = await headersTracker(seedTracker);
  const path = `/trackers/${tracker.slug}`;
  // The fixture's evidence starts background jobs (captures) that may refresh the page once
  // or twice; wait for two cache hits in a row on the same entry.
  let pair: [APIResponse, APIResponse] | undefined;
  await expect
    .poll(async () => {
      pair = [await request.get(path), await request.get(path)];
      return pair.every((response) => response.headers()["x-proofboard-cache"] === "hit") && pair[0].headers().etag === pair[1].headers().etag;
    }, { timeout: 20_000 })
    .toBe(true);
  const [first, second] = pair!;
  expect(second.headers()["cache-control"]).toContain("public");
  const csp = second.headers()["content-security-policy"]!;
  expect(csp).toBe(first.headers()["content-security-policy"]);
  expect(csp).not.toContain("nonce-");

  const allowed = new Set(scriptSources(csp));
  const html = await second.text();
  let external = 0;
  let inline = 0;
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/ld\+json"/.test(attributes!)) continue;
    const integrity = /integrity="([^"]+)"/.exec(attributes!)?.[1];
    if (/\ssrc=/.test(attributes!)) {
      external += 1;
      expect(integrity, attributes).toBeTruthy();
      expect(allowed.has(`'${integrity}'`), attributes).toBe(true);
    } else {
      inline += 1;
      expect(allowed.has(`'sha256-${createHash("sha256").update(body!).digest("base64")}'`), body!.slice(0, 80)).toBe(true);
    }
  }
  expect(external).toBeGreaterThan(0);
  expect(inline).toBeGreaterThan(0);
  // Nothing beyond those scripts and 'strict-dynamic'.
  expect(allowed.size).toBeLessThanOrEqual(external + inline + 1);
});

test("the badge and widget may be framed anywhere but run nothing", async ({ request, seedTracker }) => {
  const tracker = await headersTracker(seedTracker);
  for (const path of [`/trackers/${tracker.slug}/badge.svg`, `/trackers/${tracker.slug}/widget`]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toContain("default-src 'none'");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors *");
    expect(headers["x-frame-options"], path).toBeUndefined();
  }
});

/** Collects CSP violations as the page reports them, and console messages about CSP. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`);
    });
  });
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Hydrated: a link click is a client-side navigation (no reload), which needs the scripts to run. */
async function expectClientNavigation(page: Page, link: RegExp, to: RegExp): Promise<void> {
  await page.evaluate(() => ((window as unknown as { hydratedMarker: boolean }).hydratedMarker = true));
  await page.getByRole("link", { name: link }).first().click();
  await expect(page).toHaveURL(to);
  expect(await page.evaluate(() => (window as unknown as { hydratedMarker?: boolean }).hydratedMarker), `${page.url()} after a client-side navigation`).toBe(true);
}

test("public pages hydrate in Chromium with no CSP violation", async ({ page, seedTracker }) => {
  const tracker = await headersTracker(seedTracker);
  const violations = await watchViolations(page);
  for (const path of [`/trackers/${tracker.slug}`, `/claims/${tracker.claims[0]!.id}`, `/trackers/${tracker.slug}/points/${tracker.proofPoints[0]!.key}`]) {
    await page.goto(path);
    await page.goto(path); // the second visit is served from the page cache
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectClientNavigation(page, /^Methodology$/, /\/methodology$/);
  }
  expect(violations).toEqual([]);
});

test("sign-in, the workspace and admin pages hydrate in Chromium with no CSP violation", async ({ page, accounts }) => {
  const violations = await watchViolations(page);
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(accounts.admin.email);
  await page.getByLabel("Password").fill(accounts.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  await page.goto("/workspace/claims");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectClientNavigation(page, /^Workspace$/, /\/workspace$/);
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectClientNavigation(page, /^Workspace$/, /\/workspace$/);
  expect(violations).toEqual([]);
});
