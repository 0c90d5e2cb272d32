// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or to the embedded
// database when it is unset). `npm run dev` and `npm start` also do this on start.
import { EnvError, parseServerEnv } from "../lib/env";
import { openAppDatabase } from "./lib/database";

try {
  const env = parseServerEnv();
  const database = await openAppDatabase(env);
  const applied = database.appliedMigrations;
  console.log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}` : "The database is up to date.");
  await database.cluster?.stop();
} catch (error) {
  console.error(error instanceof EnvError ? error.message : (error as Error).message);
  process.exit(1);
}
