// `npm run bench`: load-tests the public read paths of a production build over real HTTP
// on loopback. Starts `npm start` on a fresh embedded database (its own port and data
// folder) unless BENCH_URL points at a running server. Requires `npm run build` first.
// Every run is bounded: BENCH_SECONDS per route (default 10) with BENCH_CONNECTIONS (10).
import { spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";

const seconds = Number(process.env.BENCH_SECONDS || 10);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const port = Number(process.env.BENCH_PORT || 3290);

async function waitForHealth(baseUrl: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${baseUrl} did not become healthy in ${timeoutMs / 1000} s`);
}

function startServer(): { baseUrl: string; server: ChildProcess } {
  const dataDir = path.join(os.tmpdir(), `proofboard-bench-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  const server = spawn("npm", ["start"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      PUBLIC_BASE_URL: `http://localhost:${port}`,
      DATABASE_URL: "",
      EMBEDDED_POSTGRES_PORT: process.env.BENCH_POSTGRES_PORT || "54390",
      PROOFBOARD_DATA_DIR: dataDir,
    },
  });
  return { baseUrl: `http://localhost:${port}`, server };
}

async function firstClaimPath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/trackers/euv/claims?pageSize=1`);
  const body = (await response.json()) as { data: { id: string }[] };
  const id = body.data[0]?.id;
  if (!id) throw new Error("No EUV claim found to benchmark");
  return `/claims/${id}`;
}

type Row = { route: string; requests: number; perSecond: number; p50: number; p99: number; errors: number };

async function bench(baseUrl: string, route: string): Promise<Row> {
  const result = await autocannon({ url: `${baseUrl}${route}`, connections, duration: seconds });
  return {
    route,
    requests: result.requests.total,
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const external = process.env.BENCH_URL;
const started = external ? undefined : startServer();
const baseUrl = external ?? started!.baseUrl;
try {
  await waitForHealth(baseUrl);
  const routes = ["/", "/trackers/euv", await firstClaimPath(baseUrl), "/api/v1/trackers/euv/scorecard", "/trackers/euv/badge.svg", "/trackers/euv/feed.xml"];
  console.log(`Benchmark: ${connections} connections, ${seconds} s per route, ${baseUrl} (${os.cpus().length} cores)`);
  const rows: Row[] = [];
  for (const route of routes) {
    // One warm-up request: the figures are for a warm cache, as readers meet it.
    await fetch(`${baseUrl}${route}`);
    rows.push(await bench(baseUrl, route));
  }
  console.table(rows.map((row) => ({ ...row, p50: `${row.p50} ms`, p99: `${row.p99} ms` })));
  if (rows.some((row) => row.errors > 0)) process.exitCode = 1;
} finally {
  if (started) {
    // The server's process group: npm, the start script, Next.js; SIGTERM stops PostgreSQL too.
    process.kill(-started.server.pid!, "SIGTERM");
    await new Promise((resolve) => started.server.once("exit", resolve));
  }
}
