// Signed-in pages for specs: each role signs in once per worker through the real form,
// and its cookies are reused, so specs do not type passwords (e2e/auth.spec.ts does).
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, type AccountRole } from "./accounts";

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function signInState(browser: Browser, baseURL: string, role: AccountRole): Promise<StorageState> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  const state = await context.storageState();
  await context.close();
  return state;
}

type WorkerFixtures = { roleStates: Map<AccountRole, StorageState> };
type TestFixtures = { pageAs: (role: AccountRole) => Promise<Page> };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  roleStates: [async ({}, use) => use(new Map()), { scope: "worker" }],
  pageAs: async ({ browser, baseURL, roleStates }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      if (!roleStates.has(role)) roleStates.set(role, await signInState(browser, baseURL!, role));
      const context = await browser.newContext({ baseURL, storageState: roleStates.get(role) });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };
