// A backup restored into a fresh database gives back every row of every table.
import { afterAll, expect, it } from "vitest";
import { backupDatabase, parseBackup, restoreDatabase } from "@/lib/db/backup";
import { disconnectDb, getDb } from "@/lib/db/client";
import { makeApprovedChange, makeClaim, makeEvidence, makeUser } from "../support/builders";
import { createScratchDatabase, type ScratchDatabase } from "../support/db";
import { snapshotDatabase } from "../support/snapshot";

const scratch: ScratchDatabase[] = [];
afterAll(async () => {
  for (const database of scratch) await database.drop();
});

it("round trip: back up, restore into a fresh database, the whole-database snapshot is equal", { timeout: 60_000 }, async () => {
  // Rows of many kinds: users, a claim with evidence, an approved change, audit events.
  await makeUser({ roles: ["admin"] });
  const claim = await makeClaim({ statement: 'Unicode ✓, quotes "x", newline\nand a backslash \\ survive.' });
  await makeEvidence({ claimId: claim.id, stance: "supports" });
  await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported" });
  const original = await snapshotDatabase();
  const text = JSON.stringify(await backupDatabase(process.env.DATABASE_URL!));

  const fresh = await createScratchDatabase({ migrated: false });
  scratch.push(fresh);
  const { rows } = await restoreDatabase(fresh.url, parseBackup(text));
  expect(rows).toBe(Object.values(original).reduce((sum, table) => sum + table.length, 0));

  const previousUrl = process.env.DATABASE_URL;
  await disconnectDb();
  process.env.DATABASE_URL = fresh.url;
  try {
    expect(await getDb().claim.count()).toBeGreaterThan(0);
    expect(await snapshotDatabase()).toEqual(original);
  } finally {
    await disconnectDb();
    process.env.DATABASE_URL = previousUrl;
  }
});

it("refuses a file that is not a backup, in one sentence", () => {
  expect(() => parseBackup("not json")).toThrow("The backup file is not JSON; is it a Proofboard backup?");
  expect(() => parseBackup('{"format":"other"}')).toThrow(/is not a proofboard-backup version 1 document/);
});
