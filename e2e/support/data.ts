// Runs e2e/support/seed-data.ts against the server under test and returns what it made.
import { execFile } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { SeedRequest, SeedResult } from "./data-types";
import { E2E_DATABASE_URL } from "./server";

const run = promisify(execFile);
const root = fileURLToPath(new URL("../..", import.meta.url));

export async function seed(request: SeedRequest): Promise<SeedResult> {
  const { stdout } = await run(
    path.join(root, "node_modules/.bin/tsx"),
    ["--conditions=react-server", path.join(root, "e2e/support/seed-data.ts"), JSON.stringify(request)],
    { cwd: root, env: { ...process.env, NODE_ENV: "development", DATABASE_URL: E2E_DATABASE_URL }, timeout: 60_000 },
  ).catch((error: { stderr?: string; message: string }) => {
    throw new Error(`Seeding end-to-end data failed: ${error.stderr || error.message}`);
  });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as SeedResult;
}
