// Prisma CLI configuration: JavaScript schema engine through the pg driver adapter,
// so no native engine binary is ever downloaded (see docs/decisions/0001-prisma-6-with-the-javascript-engine.md).
import path from "node:path";
import { defineConfig } from "prisma/config";
import { MigrationAdapter } from "./prisma/cli-adapter";

// `prisma generate` needs a non-empty URL or it tries to download the query engine;
// it never connects. Commands that do connect get DATABASE_URL from our scripts.
process.env.DATABASE_URL ||= "postgresql://proofboard:unused@localhost:5432/proofboard";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => new MigrationAdapter(process.env.DATABASE_URL!),
});
