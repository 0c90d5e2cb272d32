// `npm run db:backup [-- <file>]`: writes the whole database (DATABASE_URL, or the
// embedded one when it is unset) as one JSON document; default file name has the time.
import { writeFile } from "node:fs/promises";
import { EnvError, parseServerEnv } from "../lib/env";
import { backupDatabase } from "../lib/db/backup";
import { openAppDatabase } from "./lib/database";

const file = process.argv[2] || `proofboard-backup-${new Date().toISOString().replace(/[:.]/g, "-")}.json`;
try {
  const database = await openAppDatabase(parseServerEnv());
  try {
    const backup = await backupDatabase(database.url);
    await writeFile(file, JSON.stringify(backup), { mode: 0o600 });
    const rows = Object.values(backup.tables).reduce((sum, table) => sum + table.length, 0);
    console.log(`Wrote ${file}: ${rows} rows in ${Object.keys(backup.tables).length} tables, schema at ${backup.migrations.at(-1)}.`);
  } finally {
    await database.cluster?.stop();
  }
} catch (error) {
  console.error(error instanceof EnvError ? error.message : (error as Error).message);
  process.exit(1);
}
