// Runs the demo seed against a database URL. The command layer it uses reads
// DATABASE_URL through lib/db/client, so the URL is set before the first query.
import { disconnectDb, getDb } from "../../lib/db/client";
import { invalidatePublicData } from "../../lib/server/public/cache";
import { seedDemoData } from "../../prisma/seed";

/** Seeds when the database has no users and no trackers (a brand-new embedded database). */
export async function seedDemoDataIfEmpty(url: string): Promise<boolean> {
  process.env.DATABASE_URL = url;
  try {
    const db = getDb();
    const [users, trackers] = await Promise.all([db.user.count(), db.tracker.count()]);
    if (users > 0 || trackers > 0) return false;
    return await seedDemoData(db);
  } finally {
    await disconnectDb();
  }
}

/** Seeds on request (`npm run db:seed`), unless the demo trackers already exist. */
export async function seedDemoDataOnRequest(url: string): Promise<boolean> {
  process.env.DATABASE_URL = url;
  try {
    const seeded = await seedDemoData(getDb());
    // App instances already running on this database drop their cached public pages.
    if (seeded) await invalidatePublicData();
    return seeded;
  } finally {
    await disconnectDb();
  }
}
