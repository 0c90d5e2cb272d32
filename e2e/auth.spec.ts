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
