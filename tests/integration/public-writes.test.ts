// Every command in COMMANDS, run once with an actor allowed to run it: if it changed a row
// a reader can see (a public table), it must have reported, after commit, every tracker
// whose rows changed; if it changed none, it must report nothing. A new command that writes
// public data without calling touch.claim/tracker/source in its transaction fails here.
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { COMMANDS, type CommandName } from "@/lib/server/commands";
import { onPublicWrite, type PublicWrite } from "@/lib/server/public-writes";
import { makeActor, NEEDS_PASSWORD, runCommand, VALID_CALLS, type ActorKind } from "../support/command-scenarios";
import { snapshotDatabase, type DatabaseSnapshot } from "../support/snapshot";

/** Tables whose rows appear on public pages, feeds, the API or the exports. */
const PUBLIC_TABLES = [
  "trackers",
  "proof_points",
  "tracker_slug_aliases",
  "resolution_criteria",
  "checklist_changes",
  "claims",
  "evidence",
  "status_changes",
  "sources",
  "source_ratings",
  "forecast_questions",
  "forecasts",
  "provenance_links",
  "provenance_origins",
  "claim_evidence_tallies",
  // Decided disputes are listed in the corrections logs; the policy heads every one of them.
  "reader_submissions",
  "corrections_policies",
] as const;

/** Of a public table's changed rows, those a reader can see (all, for most tables). */
const visibleRows = (table: string, rows: Record<string, unknown>[]) =>
  table === "reader_submissions" ? rows.filter((row) => row.kind === "dispute" && row.state !== "new") : rows;

const TRY_AS: ActorKind[] = ["reviewer", "analyst", "admin"];

let stop: (() => void) | undefined;
afterEach(() => stop?.());

type Row = Record<string, unknown>;
const changedRows = (before: DatabaseSnapshot, after: DatabaseSnapshot, table: string): Row[] => {
  const old = new Set(before[table] ?? []);
  const removed = new Set(after[table] ?? []);
  return [...(after[table] ?? []).filter((row) => !old.has(row)), ...(before[table] ?? []).filter((row) => !removed.has(row))].map(
    (row) => JSON.parse(row) as Row,
  );
};

/** The trackers the changed rows belong to, found through their foreign keys. */
async function trackersOf(table: string, rows: Row[]): Promise<string[]> {
  const db = getDb();
  const ids = (key: string) => [...new Set(rows.map((row) => row[key] as string).filter(Boolean))];
  const viaClaims = async (claimIds: string[]) =>
    (await db.claim.findMany({ where: { id: { in: claimIds } }, select: { proofPoint: { select: { trackerId: true } } } })).map((c) => c.proofPoint.trackerId);
  const viaProofPoints = async (pointIds: string[]) => (await db.proofPoint.findMany({ where: { id: { in: pointIds } }, select: { trackerId: true } })).map((p) => p.trackerId);
  const viaSources = async (sourceIds: string[]) =>
    (await db.proofPoint.findMany({ where: { claims: { some: { evidence: { some: { sourceId: { in: sourceIds } } } } } }, select: { trackerId: true } })).map((p) => p.trackerId);
  switch (table) {
    case "trackers":
      return ids("id");
    case "proof_points":
    case "tracker_slug_aliases":
    case "checklist_changes":
      return ids("trackerId");
    case "resolution_criteria":
    case "claims":
      return viaProofPoints(ids("proofPointId"));
    case "evidence":
    case "status_changes":
    case "provenance_links":
    case "claim_evidence_tallies":
      return viaClaims(ids("claimId"));
    case "provenance_origins": {
      const links = await db.provenanceLink.findMany({ where: { originId: { in: ids("id") } }, select: { claimId: true } });
      return viaClaims(links.map((link) => link.claimId));
    }
    case "sources":
      return viaSources(ids("id"));
    case "source_ratings":
      return viaSources(ids("sourceId"));
    case "forecast_questions":
      return viaProofPoints(ids("proofPointId"));
    case "reader_submissions":
      return ids("trackerId");
    // Shown on every tracker's corrections log.
    case "corrections_policies":
      return (await db.tracker.findMany({ select: { id: true } })).map((tracker) => tracker.id);
    case "forecasts": {
      const questions = await db.forecastQuestion.findMany({ where: { id: { in: ids("questionId") } }, select: { proofPointId: true } });
      return viaProofPoints(questions.map((question) => question.proofPointId));
    }
    default:
      throw new Error(`no tracker lookup for ${table}`);
  }
}

/** Runs the command's valid call as the first actor kind allowed to run it. */
async function runAllowed(name: CommandName): Promise<{ before: DatabaseSnapshot; writes: PublicWrite[] }> {
  for (const kind of TRY_AS) {
    const actor = await makeActor(kind, { password: NEEDS_PASSWORD.has(name) });
    const input = await VALID_CALLS[name](actor);
    const before = await snapshotDatabase();
    const writes: PublicWrite[] = [];
    stop = onPublicWrite((write) => writes.push(write));
    try {
      await runCommand(name, actor, input);
      return { before, writes };
    } catch (error) {
      stop();
      if (isAppError(error) && error.code === "FORBIDDEN") continue;
      throw error;
    }
  }
  throw new Error(`${name}: none of ${TRY_AS.join(", ")} may run it`);
}

describe.each(Object.keys(COMMANDS) as CommandName[])("%s", (name) => {
  it("reports after commit exactly the trackers whose public rows it changed", async () => {
    const { before, writes } = await runAllowed(name);
    const after = await snapshotDatabase();
    const expected = new Set<string>();
    for (const table of PUBLIC_TABLES) {
      const rows = visibleRows(table, changedRows(before, after, table));
      if (rows.length > 0) for (const id of await trackersOf(table, rows)) expected.add(id);
    }
    const reported = new Set(writes.flatMap((write) => write.trackerIds));
    if (expected.size === 0) {
      expect(writes, `${name} changed no public row but announced a write`).toEqual([]);
    } else {
      expect(writes.length, `${name} changed public rows without touching them`).toBe(1);
      expect([...reported].sort()).toEqual([...expected].sort());
    }
  });
});
