// `npm run db:seed-scale`: adds the scale tracker (10,000 claims, 100,000 evidence items;
// scripts/lib/seed-scale.ts) to the configured database, then tells running instances, as
// any write outside a command must. SCALE_SLUG, SCALE_CLAIMS, SCALE_EVIDENCE override it.
import { EnvError, parseServerEnv } from "../lib/env";
import { disconnectDb } from "../lib/db/client";
import { announcePublicWrite } from "../lib/server/public-writes";
import { openAppDatabase } from "./lib/database";
import { SCALE_DEFAULT, SCALE_SLUG, seedScaleTracker } from "./lib/seed-scale";

try {
  const env = parseServerEnv();
  const database = await openAppDatabase(env);
  try {
    const started = Date.now();
    const size = {
      ...SCALE_DEFAULT,
      claims: Number(process.env.SCALE_CLAIMS || SCALE_DEFAULT.claims),
      evidence: Number(process.env.SCALE_EVIDENCE || SCALE_DEFAULT.evidence),
    };
    const trackerId = await seedScaleTracker(database.url, size, process.env.SCALE_SLUG || SCALE_SLUG);
    process.env.DATABASE_URL = database.url;
    await announcePublicWrite({ trackerIds: [trackerId], claimIds: [] });
    await disconnectDb();
    console.log(`Scale tracker seeded: ${size.claims} claims, ${size.evidence} evidence items in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await database.cluster?.stop();
  }
} catch (error) {
  console.error(error instanceof EnvError ? error.message : (error as Error).stack);
  process.exit(1);
}
