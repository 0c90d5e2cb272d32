// The fixtures every spec builds on. A spec owns its data: it creates what it needs under
// unique names and asserts only about that (e2e/README.md).
// - `accounts`: an analyst, a reviewer and an admin created for this worker (unique
//   emails, one password), so no spec depends on the demo accounts or on another spec's
//   sign-ins. `pageAs(role)` is a page signed in as one of them: each signs in once per
//   worker through the real form and its cookies are reused.
// - `seedTracker(request)`: a published tracker of the spec's own, with proof points,
//   claims, evidence and approved changes, created through the app's commands. `tracker`
//   is the simplest one, made on first use: one proof point, no claims.
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { seed } from "./data";
import type { SeededAccount, SeededTracker, SeedTrackerRequest } from "./data-types";
import { uniqueToken } from "./workspace";

export type AccountRole = "analyst" | "reviewer" | "admin";
export type Accounts = Record<AccountRole, SeededAccount>;

const ROLES: Record<AccountRole, ("analyst" | "reviewer" | "admin")[]> = {
  analyst: ["analyst"],
  reviewer: ["reviewer"],
  admin: ["admin"],
};

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

async function signInState(browser: Browser, baseURL: string, account: SeededAccount): Promise<StorageState> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspace$/);
  const state = await context.storageState();
  await context.close();
  return state;
}

type WorkerFixtures = { accounts: Accounts; roleStates: Map<AccountRole, StorageState> };
type TestFixtures = {
  pageAs: (role: AccountRole) => Promise<Page>;
  seedTracker: SeedTracker;
  tracker: SeededTracker;
};

export type SeedTracker = (request: SeedTrackerRequest) => Promise<SeededTracker>;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  accounts: [
    async ({}, use) => {
      const roles = Object.keys(ROLES) as AccountRole[];
      const { accounts } = await seed({ accounts: { roles: roles.map((role) => ROLES[role]), password: `e2e-${uniqueToken()}-passphrase`, label: "E2E" } });
      await use(Object.fromEntries(roles.map((role, index) => [role, accounts![index]!])) as Accounts);
    },
    { scope: "worker" },
  ],
  roleStates: [async ({}, use) => use(new Map()), { scope: "worker" }],
  pageAs: async ({ browser, baseURL, accounts, roleStates }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (role) => {
      if (!roleStates.has(role)) roleStates.set(role, await signInState(browser, baseURL!, accounts[role]));
      const context = await browser.newContext({ baseURL, storageState: roleStates.get(role) });
      contexts.push(context);
      return context.newPage();
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
  seedTracker: async ({}, use) => {
    await use(async (request) => (await seed({ tracker: request })).tracker!);
  },
  tracker: async ({ seedTracker }, use) => {
    await use(await seedTracker({ proofPoints: ["Ecosystem completeness"] }));
  },
});

export { expect };
