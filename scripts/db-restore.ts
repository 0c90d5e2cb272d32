// `npm run db:restore -- <file>`: replaces every row of the database (DATABASE_URL, or
// the embedded one) with a backup's, in one transaction. Stop the app first.
import { readFile } from "node:fs/promises";
import { EnvError, parseServerEnv } from "../lib/env";
import { parseBackup, restoreDatabase } from "../lib/db/backup";
import { openAppDatabase } from "./lib/database";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file>");
  process.exit(2);
}
try {
  const backup = parseBackup(await readFile(file, "utf8"));
  const database = await openAppDatabase(parseServerEnv());
  try {
    const { rows } = await restoreDatabase(database.url, backup);
    console.log(`Restored ${rows} rows from ${file} (made ${backup.createdAt}).`);
  } finally {
    await database.cluster?.stop();
  }
} catch (error) {
  console.error(error instanceof EnvError ? error.message : (error as Error).message);
  process.exit(1);
}
