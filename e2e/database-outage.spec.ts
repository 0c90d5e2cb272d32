// A production server of its own (`npm start`, ports E2E_OUTAGE_PORT and
// E2E_OUTAGE_POSTGRES_PORT, default 3299 and 54399), on a PostgreSQL this spec starts and
// stops itself through DATABASE_URL, so no supervisor restarts it behind the test's back
// (the supervisor is tested in tests/integration/database-outage.test.ts). Its public
// origin is https, so every response also carries HSTS. The shared server of the other
// specs keeps its configuration.
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { expect, test } from "@playwright/test";
import { startEmbeddedCluster, type EmbeddedCluster } from "../lib/db/embedded-cluster";

const port = Number(process.env.E2E_OUTAGE_PORT || 3299);
const postgresPort = Number(process.env.E2E_OUTAGE_POSTGRES_PORT || 54399);
const base = `http://localhost:${port}`;
const dataDir = path.join(os.tmpdir(), `proofboard-e2e-outage-${port}`);

let server: ChildProcess | undefined;
let cluster: EmbeddedCluster | undefined;
let output = "";

// A fresh cluster, migrations and a production start take a while on a loaded machine.
test.describe.configure({ timeout: 300_000, mode: "serial" });

test.beforeAll(async () => {
  // Whatever answers on the port would be tested instead of our server: refuse to start.
  const occupied = await fetch(`${base}/api/health`).then(
    () => true,
    () => false,
  );
  expect(occupied, `port ${port} is in use; set E2E_OUTAGE_PORT to a free one`).toBe(false);
  rmSync(dataDir, { recursive: true, force: true });
  cluster = await startEmbeddedCluster({ dataDir: path.join(dataDir, "postgres"), port: postgresPort, ephemeral: true });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query("CREATE DATABASE proofboard");
  await admin.end();
  server = spawn("npm", ["start"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), PUBLIC_BASE_URL: `https://localhost:${port}`, DATABASE_URL: cluster.urlFor("proofboard"), BETTER_AUTH_SECRET: randomBytes(32).toString("base64url"), PROOFBOARD_DATA_DIR: dataDir },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<string>((resolve) => server!.once("exit", (code) => resolve(`npm start exited (${code}):\n${output}`)));
  const healthy = expect.poll(async () => (await fetch(`${base}/api/health`).catch(() => null))?.status ?? 0, { timeout: 240_000, intervals: [1000] }).toBe(200);
  const failure = await Promise.race([healthy.then(() => null), exited]);
  expect(failure).toBeNull();
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => server!.once("exit", resolve));
  }
  await cluster?.stop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
});

test("an https public origin gets HSTS on every response", async () => {
  for (const path of ["/", "/api/v1/trackers", "/claims/%ff"]) {
    const response = await fetch(`${base}${path}`);
    expect(response.headers.get("strict-transport-security"), path).toBe("max-age=31536000; includeSubDomains");
  }
});

test("with the database down, pages and outputs answer 503 with Retry-After; cached pages still serve; then all recovers", async () => {
  // Cached before the outage: the home page, as an anonymous reader sees it. Pages are kept
  // only once the server listens for invalidations, a moment after it starts.
  await expect
    .poll(async () => (await fetch(`${base}/`)).headers.get("x-proofboard-cache"), { timeout: 15_000 })
    .toBe("hit");

  await cluster!.stop();
  const html = { accept: "text/html" };
  const missing = await fetch(`${base}/trackers/not-cached-${Date.now()}`, { headers: html });
  expect(missing.status).toBe(503);
  expect(missing.headers.get("retry-after")).toBe("5");
  expect(missing.headers.get("content-type")).toContain("text/html");
  const page = await missing.text();
  expect(page).toContain("Proofboard is temporarily unavailable");
  expect(page).toContain("Nothing has been lost");

  for (const output of ["/api/v1/trackers", "/feed.xml", "/trackers/not-cached/export.csv?table=claims"]) {
    const response = await fetch(`${base}${output}`);
    expect(response.status, output).toBe(503);
    expect(response.headers.get("retry-after"), output).toBe("5");
    expect(response.headers.get("strict-transport-security"), output).toBe("max-age=31536000; includeSubDomains");
  }
  expect((await fetch(`${base}/api/health`)).status).toBe(503);

  // Anonymous readers keep getting the page the cache holds.
  const cached = await fetch(`${base}/`, { headers: html });
  expect(cached.status).toBe(200);
  expect(cached.headers.get("x-proofboard-cache")).toMatch(/^(hit|stale)$/);

  await cluster!.restart();
  await expect.poll(async () => (await fetch(`${base}/api/v1/trackers`)).status, { timeout: 30_000 }).toBe(200);
  expect((await fetch(`${base}/trackers/not-cached-${Date.now()}`, { headers: html })).status).toBe(404);
  expect(output).toContain("Database unreachable: answering 503 until it is back.");
  expect(output).not.toMatch(/uncaughtException|unhandledRejection/);
});
