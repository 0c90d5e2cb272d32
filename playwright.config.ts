// End-to-end tests: Chromium against a production build (`npm start`) that runs on its
// own embedded PostgreSQL, port and data folder, freshly seeded each run, so it never
// touches a developer's .data.
import { defineConfig, devices } from "@playwright/test";
import { resolveChromium } from "./e2e/support/chromium";
import { E2E_BASE_URL, E2E_DATA_DIR, E2E_MAIL_CATCHER_PORT, E2E_PORT, E2E_POSTGRES_PORT } from "./e2e/support/server";
import { E2E_FIXTURE_HOST } from "./e2e/support/fixture-pages";

const port = E2E_PORT;
const postgresPort = E2E_POSTGRES_PORT;
const baseURL = E2E_BASE_URL;

// No browser means a failed run with the install command, never skipped tests.
const browser = resolveChromium();

export default defineConfig({
  testDir: "e2e",
  // One worker: the cores go to the server under test. Specs do not depend on file order:
  // each creates the data it asserts about (e2e/README.md).
  fullyParallel: false,
  workers: 1,
  // A flaky test is a bug to fix, not to retry.
  retries: 0,
  // A spec's first test also signs its accounts in and seeds its tracker; on a loaded
  // machine that and a dozen page loads can pass Playwright's default 30 s.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: browser.executablePath,
          // Root (CI) needs --no-sandbox; the rest keeps a headless run from calling home
          // or touching the GPU on machines without network or display.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // Removes the previous run's data first: a fresh embedded cluster seeds the demo data.
    command: `node -e "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })" ${JSON.stringify(E2E_DATA_DIR)} && npm start`,
    url: `${baseURL}/api/health`,
    env: {
      NODE_ENV: "production",
      PORT: String(port),
      PUBLIC_BASE_URL: baseURL,
      // Empty counts as unset: always the embedded server, even if the shell has a DATABASE_URL.
      DATABASE_URL: "",
      EMBEDDED_POSTGRES_PORT: String(postgresPort),
      // No SMTP_URL: mail goes to the local catcher, which the notification spec reads at /dev/mail.
      SMTP_URL: "",
      MAIL_CATCHER_PORT: String(E2E_MAIL_CATCHER_PORT),
      PROOFBOARD_DATA_DIR: E2E_DATA_DIR,
      // The capture spec's fixture pages are served on 127.0.0.1 under this public-looking
      // name. A production build refuses the allow-list unless the test-only flag is set too.
      PROOFBOARD_TEST_ONLY_FETCH_ALLOW: `${E2E_FIXTURE_HOST}=127.0.0.1`,
      PROOFBOARD_TEST_ONLY_PRODUCTION_BUILD: "1",
      PROOFBOARD_ARCHIVE: "off",
    },
    // A server left over from an earlier run has stale data; opt in locally to reuse one.
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
    // SIGTERM lets scripts/serve.ts stop Next.js and the embedded PostgreSQL cleanly.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
    timeout: 120_000,
  },
});
