// Resolves the database the app runs on: DATABASE_URL when set, otherwise an embedded
// PostgreSQL in the project's data folder. Applies pending migrations either way.
import path from "node:path";
import { startEmbeddedCluster, type EmbeddedCluster } from "../../lib/db/embedded-cluster";
import { applyMigrations, ensureDatabase } from "../../lib/db/migrate";
import type { ServerEnv } from "../../lib/env";

export type AppDatabase = {
  url: string;
  /** Present in embedded mode; stop it when the app stops. */
  cluster?: EmbeddedCluster;
  appliedMigrations: string[];
};

export const EMBEDDED_DATABASE_NAME = "proofboard";

export async function openAppDatabase(env: ServerEnv): Promise<AppDatabase> {
  let cluster: EmbeddedCluster | undefined;
  let url = env.DATABASE_URL;
  if (!url) {
    cluster = await startEmbeddedCluster({
      dataDir: path.join(env.PROOFBOARD_DATA_DIR, "postgres"),
      port: env.EMBEDDED_POSTGRES_PORT,
    });
    url = cluster.urlFor(EMBEDDED_DATABASE_NAME);
  }
  try {
    await ensureDatabase(url);
    const appliedMigrations = await applyMigrations(url);
    return { url, cluster, appliedMigrations };
  } catch (error) {
    await cluster?.stop();
    throw error;
  }
}
