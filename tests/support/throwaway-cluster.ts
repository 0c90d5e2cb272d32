// A PostgreSQL of a test's own, for tests that stop, kill or restart their server (the
// shared per-file databases live on a server no test may stop). Each gets a free port and
// a temp data folder, removed with removeThrowawayClusters().
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedCluster, type EmbeddedCluster } from "@/lib/db/embedded-cluster";
import { freePort } from "./free-port";

const started: EmbeddedCluster[] = [];

/** A fresh cluster with an empty database `proofboard` on it (`url`). */
export async function startThrowawayCluster(name: string): Promise<{ cluster: EmbeddedCluster; url: string }> {
  const dataDir = path.join(os.tmpdir(), `proofboard-${name}-${process.pid}-${started.length}-${Date.now()}`, "postgres");
  const cluster = await startEmbeddedCluster({ dataDir, port: await freePort(), ephemeral: true });
  started.push(cluster);
  const admin = new pg.Client({ connectionString: cluster.adminUrl });
  await admin.connect();
  await admin.query("CREATE DATABASE proofboard");
  await admin.end();
  return { cluster, url: cluster.urlFor("proofboard") };
}

/** Stops what is still running and removes every data folder (call in afterAll). */
export async function removeThrowawayClusters(isRunning: (cluster: EmbeddedCluster) => Promise<boolean>): Promise<void> {
  for (const cluster of started.splice(0)) {
    // A cluster the test killed has no process left to stop; its stop() would wait for one.
    if (await isRunning(cluster)) await cluster.stop();
    await rm(path.dirname(cluster.dataDir), { recursive: true, force: true });
  }
}
