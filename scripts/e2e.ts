// `npm run test:e2e [-- playwright args]`: checks for Chromium, makes sure a production
// build of the current sources exists, then runs Playwright and exits with its code.
// playwright.config.ts starts the server on a fresh embedded database.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ChromiumNotFoundError, resolveChromium } from "../e2e/support/chromium";

const BUILD_ID = path.join(".next", "BUILD_ID");
/** What `next build` compiles; a change to any of them makes the build stale. */
const BUILD_INPUTS = ["app", "components", "lib", "public", "generated", "next.config.js", "package-lock.json"];

try {
  console.log(`e2e: browser: ${resolveChromium().description}`);
} catch (error) {
  if (!(error instanceof ChromiumNotFoundError)) throw error;
  console.error(`e2e: ${error.message}`);
  process.exit(1);
}

const staleBecause = buildStaleness();
if (staleBecause) {
  console.log(`e2e: building the app (${staleBecause})`);
  const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
  if (build.status !== 0) {
    console.error("e2e: `next build` failed; see above.");
    process.exit(build.status ?? 1);
  }
}

const playwright = spawn("node_modules/.bin/playwright", ["test", ...process.argv.slice(2)], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => playwright.kill(signal));
}
playwright.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

function buildStaleness(): string | undefined {
  if (!existsSync(BUILD_ID)) return "no production build yet";
  const builtAt = statSync(BUILD_ID).mtimeMs;
  const newer = BUILD_INPUTS.map((input) => newestChange(input)).find((change) => change && change.mtimeMs > builtAt);
  return newer ? `${newer.file} changed since the last build` : undefined;
}

function newestChange(file: string): { file: string; mtimeMs: number } | undefined {
  if (!existsSync(file)) return undefined;
  const stat = statSync(file);
  if (!stat.isDirectory()) return { file, mtimeMs: stat.mtimeMs };
  let newest: { file: string; mtimeMs: number } | undefined;
  for (const entry of readdirSync(file)) {
    const change = newestChange(path.join(file, entry));
    if (change && (!newest || change.mtimeMs > newest.mtimeMs)) newest = change;
  }
  return newest;
}
