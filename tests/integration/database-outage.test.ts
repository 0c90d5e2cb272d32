// A PostgreSQL of the test's own that the test stops and starts itself, so nothing races
// it: while it is down, a response that would be a 5xx becomes a 503 with Retry-After and a
// friendly page from the first request on; once it is back, responses pass unchanged. The
// embedded supervisor restarts a PostgreSQL that was killed, and says why it died.
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type net from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmbeddedCluster } from "@/lib/db/embedded-cluster";
import { answerOutagesWith503, DatabaseMonitor, postgresProbe, RETRY_AFTER_SECONDS } from "@/lib/http/database-outage";
import { superviseCluster } from "../../scripts/lib/cluster-supervisor";
import { removeThrowawayClusters, startThrowawayCluster } from "../support/throwaway-cluster";

/** Whether a fresh connection can run SELECT 1 (the probe the HTTP server uses). */
const selectOne = (url: string) => postgresProbe(url)();

async function startCluster(): Promise<EmbeddedCluster> {
  return (await startThrowawayCluster("outage")).cluster;
}

afterAll(() => removeThrowawayClusters((cluster) => selectOne(cluster.adminUrl)));

describe("pages while the database is down", () => {
  let cluster: EmbeddedCluster;
  let server: Server;
  let base: string;
  let monitor: DatabaseMonitor;

  beforeAll(async () => {
    cluster = await startCluster();
    // Timed probes far apart: the answers below must not depend on when one last ran.
    monitor = new DatabaseMonitor(postgresProbe(cluster.adminUrl), 60_000);
    // Like a page of the app: reads the database, and fails with a 500 when it cannot.
    server = createServer((request, response) => {
      answerOutagesWith503(request, response, monitor);
      if (request.url === "/broken") {
        response.statusCode = 500;
        response.end("a bug, not an outage");
        return;
      }
      selectOne(cluster.adminUrl).then((reachable) => {
        if (reachable) {
          response.writeHead(200, { "content-type": "text/plain" });
          response.end("page");
        } else {
          response.writeHead(500, { "content-type": "text/html", "x-leaks": "internal" });
          response.write("<p>stack trace");
          response.end("</p>");
        }
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  }, 120_000);

  afterAll(async () => {
    monitor.stop();
    await new Promise((resolve) => server.close(resolve));
  });

  it("answers 503 with Retry-After and a friendly page from the first request, then recovers", { timeout: 120_000 }, async () => {
    expect((await fetch(`${base}/page`)).status).toBe(200);
    // A bug with the database up stays a 500, unchanged.
    const bug = await fetch(`${base}/broken`);
    expect(bug.status).toBe(500);
    expect(await bug.text()).toBe("a bug, not an outage");

    await cluster.stop();
    const page = await fetch(`${base}/claims/some-claim`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect(page.headers.get("content-type")).toContain("text/html");
    expect(page.headers.get("x-leaks")).toBeNull();
    const html = await page.text();
    expect(html).toContain("Proofboard is temporarily unavailable");
    expect(html).toContain("Nothing has been lost");
    expect(html).not.toContain("stack trace");

    const api = await fetch(`${base}/api/v1/trackers`);
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    expect((await api.json()).error.code).toBe("UNAVAILABLE");
    expect(monitor.isDown).toBe(true);

    await cluster.restart();
    expect((await fetch(`${base}/page`)).status).toBe(200);
    // The next error is probed again, and with the database up it passes as it is.
    expect((await fetch(`${base}/broken`)).status).toBe(500);
    expect(monitor.isDown).toBe(false);
  });
});

describe("the embedded supervisor", () => {
  const postmasterPid = (cluster: EmbeddedCluster) => Number(readFileSync(path.join(cluster.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

  it("restarts a PostgreSQL that was killed and logs why it died", { timeout: 120_000 }, async () => {
    const cluster = await startCluster();
    const lines: string[] = [];
    let gaveUp = false;
    superviseCluster(cluster, { log: (line) => lines.push(line), giveUp: () => (gaveUp = true) });
    const killed = postmasterPid(cluster);
    process.kill(killed, "SIGKILL");
    await expect.poll(() => lines.join("\n"), { timeout: 60_000 }).toContain("PostgreSQL restarted.");
    expect(lines[0]).toMatch(/^▲ PostgreSQL exited \(signal SIGKILL\).*Restarting it\.$/);
    expect(await selectOne(cluster.adminUrl)).toBe(true);
    expect(postmasterPid(cluster)).not.toBe(killed);
    expect(gaveUp).toBe(false);
  });

  it("gives up, so a process manager restarts the app, when PostgreSQL dies too often", { timeout: 120_000 }, async () => {
    const cluster = await startCluster();
    const lines: string[] = [];
    let gaveUp = false;
    superviseCluster(cluster, { log: (line) => lines.push(line), giveUp: () => (gaveUp = true), maxRestartsPerMinute: 0 });
    process.kill(postmasterPid(cluster), "SIGKILL");
    await expect.poll(() => gaveUp, { timeout: 30_000 }).toBe(true);
    expect(lines).toEqual([expect.stringMatching(/^▲ PostgreSQL exited \(signal SIGKILL\).*died more than 0 time\(s\) in a minute; stopping/)]);
    expect(await selectOne(cluster.adminUrl)).toBe(false);
  });

  it("does not restart PostgreSQL once the app is stopping", { timeout: 120_000 }, async () => {
    const cluster = await startCluster();
    const lines: string[] = [];
    const supervisor = superviseCluster(cluster, { log: (line) => lines.push(line), giveUp: () => lines.push("gave up") });
    supervisor.stop();
    // As on Ctrl-C: PostgreSQL gets the terminal's SIGINT and stops by itself.
    process.kill(postmasterPid(cluster), "SIGINT");
    await expect.poll(() => selectOne(cluster.adminUrl), { timeout: 30_000 }).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(lines).toEqual([]);
    expect(await selectOne(cluster.adminUrl)).toBe(false);
  });
});
