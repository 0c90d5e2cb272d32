// A production server of its own, started with an https public origin: every response
// carries HSTS. This spec starts its own `npm start` (its own ports and data folder:
// E2E_OUTAGE_PORT, E2E_OUTAGE_POSTGRES_PORT, default 3299 and 54399), so the shared server
// of the other specs keeps its configuration.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const port = Number(process.env.E2E_OUTAGE_PORT || 3299);
const postgresPort = Number(process.env.E2E_OUTAGE_POSTGRES_PORT || 54399);
const base = `http://localhost:${port}`;
const dataDir = path.join(os.tmpdir(), `proofboard-e2e-outage-${port}`);

let server: ChildProcess | undefined;
let output = "";

// A fresh cluster, migrations and the demo seed take a while on a loaded machine.
test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  // Whatever answers on the port would be tested instead of our server: refuse to start.
  const occupied = await fetch(`${base}/api/health`).then(
    () => true,
    () => false,
  );
  expect(occupied, `port ${port} is in use; set E2E_OUTAGE_PORT to a free one`).toBe(false);
  rmSync(dataDir, { recursive: true, force: true });
  server = spawn("npm", ["start"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), PUBLIC_BASE_URL: `https://localhost:${port}`, DATABASE_URL: "", EMBEDDED_POSTGRES_PORT: String(postgresPort), PROOFBOARD_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 240_000, intervals: [1000] }).toBe(200);
});

test.afterAll(async () => {
  if (server?.pid) {
    process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

test("an https public origin gets HSTS on every response", async () => {
  for (const path of ["/", "/api/v1/trackers", "/claims/%ff"]) {
    const response = await fetch(`${base}${path}`);
    expect(response.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
  }
});
