// Signing in through the real form, with this worker's own accounts (e2e/support/fixtures.ts).
import { expect, test } from "./support/fixtures";

test("an anonymous visit to the workspace lands on sign-in and returns after signing in", async ({ page, accounts }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fusers$/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  await page.getByLabel("Email").fill(accounts.admin.email);
  await page.getByLabel("Password").fill(accounts.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "Users and roles" })).toBeVisible();
  await expect(page.getByRole("cell", { name: accounts.reviewer.email })).toBeVisible();
});

test("sign in through the form, see the workspace, sign out", async ({ page, accounts }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Demo accounts" })).toBeVisible();
  await page.getByLabel("Email").fill(accounts.reviewer.email);
  await page.getByLabel("Password").fill(accounts.reviewer.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/workspace$/);
  await expect(page.getByRole("heading", { name: `Welcome, ${accounts.reviewer.name}` })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/workspace");
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a wrong password is refused with one message and keeps the email typed", async ({ page, accounts }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(accounts.analyst.email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "The email or password is incorrect." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(accounts.analyst.email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("a return path that a browser would read as another site ends on this site", async ({ page, baseURL, accounts }) => {
  // A tab inside "/\t/evil.example" is dropped by the browser, leaving "//evil.example".
  await page.goto("/sign-in?next=%2F%09%2Fevil.example");
  await page.getByLabel("Email").fill(accounts.analyst.email);
  await page.getByLabel("Password").fill(accounts.analyst.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/workspace`);
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("return paths with line breaks, ideographic spaces or bad escapes do not break the sign-in page", async ({ request }) => {
  for (const next of ["%2F%0D%0ASet-Cookie%3A%20a%3Db", "%2F%0A%2Fevil.example", "%2F%E3%80%80%2Fevil.example", "%2F%5C%2Fevil.example", "%ff%fe"]) {
    const response = await request.get(`/sign-in?next=${next}`);
    expect(response.status(), next).toBeLessThan(500);
    // The form returns to the workspace; the address itself is echoed only in the page's router data.
    if (response.status() === 200) expect(await response.text()).toContain('<input type="hidden" name="next" value="/workspace"/>');
  }
});

test("a forged X-Forwarded-For does not escape the sign-in throttle", async ({ page }) => {
  // Every attempt is a real password check (scrypt): several of them take a while.
  test.setTimeout(120_000);
  const email = `nobody-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
  const messages: string[] = [];
  // Trusted, a new address per attempt would make each one the first from its address.
  for (let attempt = 0; attempt < 8 && !messages.some((message) => message.includes("Too many")); attempt++) {
    // A new forged address per attempt: without trusted proxies the socket address counts.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${attempt + 1}` });
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    const alert = page.getByRole("alert").filter({ hasText: /incorrect|Too many/ });
    await expect(alert).toBeVisible();
    messages.push((await alert.textContent()) ?? "");
  }
  expect(messages.slice(0, 4).every((message) => message.includes("The email or password is incorrect."))).toBe(true);
  expect(messages.at(-1)).toContain("Too many failed sign-in attempts");
});

test("an admin sees a throttled sign-in, clears it, and the audit log names the request's address and browser", async ({ page, accounts }) => {
  test.setTimeout(120_000);
  const email = `throttled-${Date.now()}-${Math.random().toString(36).slice(2)}@example.org`;
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(`wrong guess ${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "incorrect" })).toBeVisible();
  }
  await page.goto("/sign-in?next=%2Fadmin%2Fsign-in-throttles");
  await page.getByLabel("Email").fill(accounts.admin.email);
  await page.getByLabel("Password").fill(accounts.admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Sign-in throttles" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email }) }).filter({ hasText: /127\.0\.0\.1|::1/ });
  await expect(row).toContainText("4");
  await row.getByRole("button", { name: "Clear" }).click();
  // The page re-renders without the cleared row; the account-wide count stays.
  await expect(row).toHaveCount(0);
  await expect(page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: email }) })).toContainText("every address");

  await page.goto("/admin/audit?entityType=SignInThrottle");
  const event = page.locator("details").filter({ hasText: email }).first();
  await event.locator("summary").click();
  await expect(event).toContainText(/from (127\.0\.0\.1|::1), .*Chrome/);
});
