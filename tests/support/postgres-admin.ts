// Server-level PostgreSQL helpers for the test setup (creating, cloning and dropping
// databases). Only `pg`, no Prisma: global setup loads this in the main Vitest process.
import { randomBytes } from "node:crypto";
import pg from "pg";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/**
 * Tests create and drop databases: refuse any server that is not on this machine, so a
 * DATABASE_URL copied from production or staging can never be a test target.
 */
export function assertLocalDatabaseUrl(connectionString: string, variable = "DATABASE_URL"): void {
  let url: URL;
  try {
    url = new URL(connectionString);
  } catch {
    throw new Error(`${variable} is not a valid postgresql:// URL.`);
  }
  // An empty host means a Unix socket (e.g. ?host=/var/run/postgresql), which is local too.
  const socketHost = url.searchParams.get("host");
  const local = url.hostname === "" ? !socketHost || socketHost.startsWith("/") : LOCAL_HOSTS.has(url.hostname);
  if (!local) {
    throw new Error(
      `${variable} points at ${url.hostname}, which is not this machine. The tests create and drop databases, ` +
        "so they only run against localhost, 127.0.0.1 or ::1. Unset DATABASE_URL to use a throwaway embedded PostgreSQL.",
    );
  }
}

/** The same server and credentials, another database. */
export function databaseUrl(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Runs statements on one short-lived connection (CREATE/DROP DATABASE cannot run in a pool transaction). */
export async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database name with the given prefix, e.g. `proofboard_test_k3x9…`. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}${randomBytes(6).toString("hex")}`;
}

/** Creates a database, optionally as a copy of a template; returns its connection string. */
export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  await withAdminClient(adminUrl, (client) =>
    client.query(`CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ""}`),
  );
  return databaseUrl(adminUrl, name);
}

/** Drops a database even if connections are still open (a test that forgot to disconnect). */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
}
