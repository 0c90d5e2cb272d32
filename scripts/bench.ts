// `npm run bench`: measures the public pages of a production build over loopback HTTP and
// prints one Markdown table. Method and how to read it: docs/benchmark.md.
//
// Starts `npm start` on a fresh embedded database (its own port and data folder), adds the
// scale tracker (10,000 claims, 100,000 evidence items) with set-based SQL, captures each
// page's bytes, writes them as static files into public/bench/, restarts the server (Next.js
// lists public files at start) and then, per page, alternates load runs of the page and of
// its static twin on the same server. Cold renders are forced by a NOTIFY (as another
// instance's write would send) and a request with a session cookie (which never gets a
// stale page); the server reports each render's time and SQL statements in Server-Timing.
// Ports: BENCH_PORT (3291), BENCH_POSTGRES_PORT (54391). BENCH_SECONDS (5) per run,
// BENCH_CONNECTIONS (10). Requires `npm run build` first.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import pg from "pg";
import { CACHE_SYNC_CHANNEL_NAME } from "./lib/cache-channel";
import { SCALE_DEFAULT, seedScaleTracker } from "./lib/seed-scale";

const seconds = Number(process.env.BENCH_SECONDS || 5);
const connections = Number(process.env.BENCH_CONNECTIONS || 10);
const port = Number(process.env.BENCH_PORT || 3291);
const pgPort = Number(process.env.BENCH_POSTGRES_PORT || 54391);
const baseUrl = `http://localhost:${port}`;
const databaseUrl = `postgresql://postgres:proofboard-local@localhost:${pgPort}/proofboard`;
const dataDir = path.join(os.tmpdir(), `proofboard-bench-${port}`);
const staticDir = path.join(process.cwd(), "public", "bench");
const COLD_SAMPLES = 5;

async function waitForHealth(timeoutMs = 120_000): Promise<void> {
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

function startServer(): ChildProcess {
  return spawn("npm", ["start"], {
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      PUBLIC_BASE_URL: baseUrl,
      DATABASE_URL: "",
      EMBEDDED_POSTGRES_PORT: String(pgPort),
      PROOFBOARD_DATA_DIR: dataDir,
    },
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  // The server's process group: npm, the start script, Next.js; SIGTERM stops PostgreSQL too.
  const exited = new Promise((resolve) => server.once("exit", resolve));
  process.kill(-server.pid!, "SIGTERM");
  await exited;
}

type Page = { name: string; path: string; dataset: "demo" | "scale" };

async function pagesToMeasure(): Promise<Page[]> {
  const claims = (await (await fetch(`${baseUrl}/api/v1/trackers/euv/claims?pageSize=1`)).json()) as { data: { id: string }[] };
  const claimId = claims.data[0]?.id;
  if (!claimId) throw new Error("No EUV claim found to benchmark");
  const scorecard = (await (await fetch(`${baseUrl}/api/v1/trackers/euv/scorecard`)).json()) as { data: { proofPoints: { key: string }[] } };
  const pointKey = scorecard.data.proofPoints[0]!.key;
  return [
    { name: "tracker list", path: "/", dataset: "demo" },
    { name: "scorecard", path: "/trackers/euv", dataset: "demo" },
    { name: "claim page", path: `/claims/${claimId}`, dataset: "demo" },
    { name: "proof-point page", path: `/trackers/euv/points/${pointKey}`, dataset: "demo" },
    { name: "methodology", path: "/methodology", dataset: "demo" },
    { name: "widget", path: "/trackers/euv/widget", dataset: "demo" },
    { name: "feed", path: "/trackers/euv/feed.xml", dataset: "demo" },
    { name: "scorecard", path: "/trackers/scale", dataset: "scale" },
    { name: "claim page", path: "/claims/scale-claim-2", dataset: "scale" },
    { name: "claim, 10,000 evidence", path: "/claims/scale-claim-1", dataset: "scale" },
    { name: "claims list, page 2", path: "/trackers/scale/claims?point=point-1&page=2", dataset: "scale" },
  ];
}

const staticName = (page: Page) => `${page.dataset}-${page.name.replace(/[^a-z0-9]+/gi, "-")}.html`;

async function notifyEverythingChanged(client: pg.Client, trackerIds: string[] | null = null): Promise<void> {
  await client.query("SELECT pg_notify($1, $2)", [CACHE_SYNC_CHANNEL_NAME, JSON.stringify({ from: "bench", trackerIds })]);
  await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Render time and statements of a cold render: everything invalidated, a session cookie so no stale page is served. */
async function coldRender(client: pg.Client, page: Page): Promise<{ ms: number; statements: number }> {
  const samples: { ms: number; statements: number }[] = [];
  for (let i = 0; i < COLD_SAMPLES; i += 1) {
    await notifyEverythingChanged(client);
    const response = await fetch(`${baseUrl}${page.path}`, { headers: { cookie: "better-auth.session_token=bench" } });
    await response.arrayBuffer();
    const timing = response.headers.get("server-timing") ?? "";
    const ms = Number(/render;dur=([\d.]+)/.exec(timing)?.[1] ?? NaN);
    const statements = Number(/db;desc="(\d+) statements"/.exec(timing)?.[1] ?? NaN);
    samples.push({ ms, statements });
  }
  samples.sort((a, b) => a.ms - b.ms);
  return samples[Math.floor(samples.length / 2)]!;
}

async function firstLoadJs(html: string): Promise<{ bytes: number; chunks: Set<string> }> {
  const chunks = new Set([...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/g)].map((match) => match[1]!));
  let bytes = 0;
  for (const chunk of chunks) bytes += gzipSync(Buffer.from(await (await fetch(`${baseUrl}${chunk}`)).arrayBuffer())).length;
  return { bytes, chunks };
}

async function throughput(url: string, extra: Partial<autocannon.Options> = {}): Promise<{ rps: number; p50: number; errors: number }> {
  const result = await autocannon({ url, connections, duration: seconds, ...extra });
  return { rps: Math.round(result.requests.average), p50: result.latency.p50, errors: result.errors + result.timeouts + result.non2xx };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Resident memory of the server's whole process group (npm, the start script, Next.js, PostgreSQL), in bytes. */
function groupRss(server: ChildProcess): number {
  try {
    const out = execFileSync("ps", ["-o", "rss=", "-g", String(server.pid)], { encoding: "utf8" });
    return out.split("\n").reduce((sum, line) => sum + (Number(line.trim()) || 0), 0) * 1024;
  } catch {
    return NaN;
  }
}

/** Downloads `url` whole, sampling the server's memory: bytes, seconds to the last byte, peak growth over the start. */
async function download(server: ChildProcess, url: string): Promise<{ bytes: number; seconds: number; peakGrowth: number }> {
  const before = groupRss(server);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, groupRss(server))), 100);
  const started = Date.now();
  let bytes = 0;
  try {
    const reader = (await fetch(url)).body!.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
  } finally {
    clearInterval(sampler);
  }
  return { bytes, seconds: (Date.now() - started) / 1000, peakGrowth: Math.max(0, peak - before) };
}

/** Walks the scale tracker's claims API by cursor: pages read and the time of the first and last page. */
async function walkClaims(pageSize: number): Promise<{ pages: number; claims: number; firstMs: number; lastMs: number }> {
  let cursor: string | null = null;
  let pages = 0;
  let claims = 0;
  let firstMs = 0;
  let lastMs = 0;
  do {
    const started = Date.now();
    const response = await fetch(`${baseUrl}/api/v1/trackers/scale/claims?pageSize=${pageSize}${cursor ? `&cursor=${cursor}` : ""}`);
    const body = (await response.json()) as { data: unknown[]; pagination: { nextCursor: string | null } };
    const ms = Date.now() - started;
    if (pages === 0) firstMs = ms;
    lastMs = ms;
    pages += 1;
    claims += body.data.length;
    cursor = body.pagination.nextCursor;
  } while (cursor);
  return { pages, claims, firstMs, lastMs };
}

rmSync(dataDir, { recursive: true, force: true });
rmSync(staticDir, { recursive: true, force: true });
let server = startServer();
const startedAt = Date.now();
try {
  await waitForHealth();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const seedStarted = Date.now();
  const scaleTrackerId = await seedScaleTracker(databaseUrl, SCALE_DEFAULT);
  const seedSeconds = (Date.now() - seedStarted) / 1000;
  await notifyEverythingChanged(db);
  const pages = await pagesToMeasure();

  // Bytes, first-load JS and cold renders, then the static twins.
  mkdirSync(staticDir, { recursive: true });
  const measured = [];
  let floor = null as Set<string> | null;
  const jsByPage = new Map<Page, { bytes: number; chunks: Set<string> }>();
  for (const page of pages) {
    const html = await (await fetch(`${baseUrl}${page.path}`)).text();
    writeFileSync(path.join(staticDir, staticName(page)), html);
    const js = page.path.endsWith(".xml") ? { bytes: 0, chunks: new Set<string>() } : await firstLoadJs(html);
    jsByPage.set(page, js);
    if (js.chunks.size > 0) floor = floor ? new Set([...floor].filter((chunk: string) => js.chunks.has(chunk))) : new Set(js.chunks);
    measured.push({ page, htmlBytes: Buffer.byteLength(html), cold: await coldRender(db, page) });
  }
  let floorBytes = 0;
  for (const chunk of floor ?? []) floorBytes += gzipSync(Buffer.from(await (await fetch(`${baseUrl}${chunk}`)).arrayBuffer())).length;
  await db.end();

  // Next.js lists public/ at start: restart on the same database to serve the twins.
  await stopServer(server);
  server = startServer();
  await waitForHealth();
  const listener = new pg.Client({ connectionString: databaseUrl });
  await listener.connect();

  const lines = [
    `Benchmark: ${os.cpus().length} cores (shared; absolute figures are noisy, ratios are the figure), ${connections} connections, ${seconds} s per run, warm page cache.`,
    "",
    "| data | page | HTML | first-load JS (gzip) | over the shared floor | cold render | SQL per cold render | page req/s | static req/s | ratio | errors |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const { page, htmlBytes, cold } of measured) {
    await fetch(`${baseUrl}${page.path}`).then((response) => response.arrayBuffer());
    const twin = `${baseUrl}/bench/${staticName(page)}`;
    await fetch(twin).then((response) => response.arrayBuffer());
    // Alternate page, static, page, static: drift in machine load hits both alike.
    const a1 = await throughput(`${baseUrl}${page.path}`);
    const s1 = await throughput(twin);
    const a2 = await throughput(`${baseUrl}${page.path}`);
    const s2 = await throughput(twin);
    const app = (a1.rps + a2.rps) / 2;
    const stat = (s1.rps + s2.rps) / 2;
    const js = jsByPage.get(page)!;
    lines.push(
      `| ${page.dataset} | ${page.name} | ${kb(htmlBytes)} | ${js.bytes ? kb(js.bytes) : "–"} | ${js.bytes ? kb(js.bytes - floorBytes) : "–"} | ${cold.ms.toFixed(0)} ms | ${cold.statements} | ${Math.round(app)} | ${Math.round(stat)} | ${((100 * app) / stat).toFixed(0)}% | ${a1.errors + a2.errors + s1.errors + s2.errors} |`,
    );
  }

  // Reader throughput on the demo scorecard, with and without one write a second to another tracker.
  const quiet = await throughput(`${baseUrl}/trackers/euv`);
  const writer = setInterval(() => {
    void listener
      .query(`UPDATE claims SET "updatedAt" = now() WHERE id = 'scale-claim-2'`)
      .then(() => notifyEverythingChanged(listener, [scaleTrackerId]));
  }, 1000);
  const busy = await throughput(`${baseUrl}/trackers/euv`);
  clearInterval(writer);
  const busySame = await (async () => {
    const sameWriter = setInterval(() => void notifyEverythingChanged(listener, [scaleTrackerId]), 1000);
    try {
      return await throughput(`${baseUrl}/trackers/scale`);
    } finally {
      clearInterval(sameWriter);
    }
  })();
  const quietSame = await throughput(`${baseUrl}/trackers/scale`);
  await listener.end();

  // Streamed exports and the cursor-paged claims API on the scale tracker.
  const exportsTable = ["", "| scale output | bytes | time to last byte | server memory growth (peak) |", "|---|---|---|---|"];
  for (const [name, exportPath] of [
    ["claims CSV", "/trackers/scale/export.csv?table=claims"],
    ["evidence CSV", "/trackers/scale/export.csv?table=evidence"],
    ["history CSV", "/trackers/scale/export.csv?table=history"],
    ["JSON export", "/trackers/scale/export.json"],
  ] as const) {
    const result = await download(server, `${baseUrl}${exportPath}`);
    exportsTable.push(`| ${name} | ${(result.bytes / 1024 / 1024).toFixed(1)} MB | ${result.seconds.toFixed(1)} s | ${(result.peakGrowth / 1024 / 1024).toFixed(0)} MB |`);
  }
  const walk = await walkClaims(100);
  exportsTable.push(
    "",
    `Claims API walked by cursor: ${walk.claims} claims in ${walk.pages} pages of 100; first page ${walk.firstMs} ms, last page ${walk.lastMs} ms (cold).`,
  );

  lines.push(
    "",
    `Shared first-load JS floor (chunks every page loads): ${kb(floorBytes)} gzipped.`,
    `Scale dataset seeded in ${seedSeconds.toFixed(1)} s (${SCALE_DEFAULT.claims} claims, ${SCALE_DEFAULT.evidence} evidence items).`,
    "",
    "| reader | writes | req/s | ratio to no writes |",
    "|---|---|---|---|",
    `| demo scorecard | none | ${quiet.rps} | 100% |`,
    `| demo scorecard | 1/s to the scale tracker | ${busy.rps} | ${((100 * busy.rps) / quiet.rps).toFixed(0)}% |`,
    `| scale scorecard | none | ${quietSame.rps} | 100% |`,
    `| scale scorecard | 1/s to the scale tracker itself | ${busySame.rps} | ${((100 * busySame.rps) / quietSame.rps).toFixed(0)}% |`,
    ...exportsTable,
    "",
    `Load average at the end (1, 5, 15 min): ${os.loadavg().map((load) => load.toFixed(2)).join(", ")}.`,
    `Total bench time: ${((Date.now() - startedAt) / 1000).toFixed(0)} s.`,
  );
  console.log(lines.join("\n"));
} finally {
  await stopServer(server);
  rmSync(staticDir, { recursive: true, force: true });
}
