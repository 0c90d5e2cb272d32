// Authors a migration from the difference between prisma/migrations and
// prisma/schema.prisma, on a throwaway embedded cluster (`prisma migrate dev`
// cannot run with the JavaScript schema engine; see docs/decisions/0001-prisma-6-with-the-javascript-engine.md).
//   npm run db:new-migration -- <name>
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedCluster } from "../lib/db/embedded-cluster";

const name = (process.argv[2] ?? "").trim();
if (!/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name>   (lowercase letters, digits and underscores)");
  process.exit(2);
}

const migrationsDir = path.resolve("prisma/migrations");
const hasMigrations = readdirSync(migrationsDir, { withFileTypes: true }).some((entry) => entry.isDirectory());
const tmp = mkdtempSync(path.join(os.tmpdir(), "proofboard-migration-"));
const cluster = await startEmbeddedCluster({ dataDir: path.join(tmp, "pg"), port: 54000 + Math.floor(Math.random() * 900), ephemeral: true });
try {
  const out = path.join(tmp, "migration.sql");
  execFileSync(
    "npx",
    ["prisma", "migrate", "diff",
      ...(hasMigrations ? ["--from-migrations", migrationsDir] : ["--from-empty"]),
      "--to-schema-datamodel", "prisma/schema.prisma", "--script", "--output", out],
    { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: cluster.adminUrl } },
  );
  const sql = readFileSync(out, "utf8");
  if (!/^\s*[A-Z]/m.test(sql.replace(/^--.*$/gm, ""))) {
    console.log("The schema matches the migrations: nothing to write.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(migrationsDir, `${stamp}_${name}`);
    mkdirSync(dir);
    writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then commit it.`);
  }
} finally {
  await cluster.stop();
  rmSync(tmp, { recursive: true, force: true });
}
