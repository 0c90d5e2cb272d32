// The worker survives its database going away first, as on Ctrl-C, when the terminal's
// SIGINT reaches PostgreSQL and the worker at the same moment: the lost connections are
// logged, nothing throws unhandled, and stopping the worker afterwards still finishes.
import { rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { startEmbeddedCluster, type EmbeddedCluster } from "@/lib/db/embedded-cluster";
import { applyMigrations } from "@/lib/db/migrate";
import { startWorker } from "@/lib/jobs/worker";
import { testJob } from "../support/job-worker";

let cluster: EmbeddedCluster | undefined;

afterAll(async () => {
  if (cluster) await rm(path.dirname(cluster.dataDir), { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

it("stops cleanly after PostgreSQL has stopped under it", { timeout: 120_000 }, async () => {
  cluster = await startEmbeddedCluster({ dataDir: path.join(os.tmpdir(), `proofboard-worker-shutdown-${process.pid}-${Date.now()}`, "postgres"), port: await freePort(), ephemeral: true });
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query("CREATE DATABASE proofboard");
  await admin.end();
  const url = cluster.urlFor("proofboard");
  await applyMigrations(url);

  const lines: string[] = [];
  const worker = await startWorker({
    connectionString: url,
    handlers: { "test.shutdown": async () => undefined },
    definitions: { "test.shutdown": testJob() },
    pollingIntervalSeconds: 0.5,
    outboxPollIntervalMs: 250,
    log: (line) => lines.push(line),
  });

  await cluster.stop();
  // Long enough for every pool, listener and poll to notice the lost server.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await expect(worker.stop()).resolves.toBeUndefined();
  expect(lines.join("\n")).toMatch(/outbox relay|queue error/);
});
