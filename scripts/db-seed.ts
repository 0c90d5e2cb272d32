// `npm run db:seed`: seeds the demo trackers and demo accounts on request. This is the
// only way demo data reaches a DATABASE_URL server; it never runs there by itself.
import { EnvError, parseServerEnv } from "../lib/env";
import { openAppDatabase } from "./lib/database";
import { seedDemoDataOnRequest } from "./lib/seed-runner";

try {
  const env = parseServerEnv();
  const database = await openAppDatabase(env);
  try {
    const seeded = await seedDemoDataOnRequest(database.url);
    console.log(seeded ? "Demo data seeded." : "Demo trackers already exist: nothing seeded.");
  } finally {
    await database.cluster?.stop();
  }
} catch (error) {
  console.error(error instanceof EnvError ? error.message : (error as Error).stack);
  process.exit(1);
}
