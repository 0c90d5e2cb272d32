// Demo data: the EUV tracker and the 2030 critical-minerals tracker from the source
// article. Claims, evidence, proposals and approvals go through the command layer, so
// every demo status has a real proposal, a second-person approval and audit events.
import type { PrismaClient } from "../generated/prisma/client";
import type { Actor } from "../lib/auth/actor";
import { createClaim } from "../lib/server/claims/create-claim";
import { addEvidence } from "../lib/server/evidence/add-evidence";
import { linkProvenance } from "../lib/server/provenance/link-provenance";
import { approveProposal } from "../lib/server/proposals/approve-proposal";
import { proposeStatusChange } from "../lib/server/proposals/propose-status-change";
import { confirmSourceGrade } from "../lib/server/sources/confirm-source-grade";
import { proposeSourceGrade } from "../lib/server/sources/propose-source-grade";
import { createUserRecord } from "../lib/server/users/create-user-record";
import { CRITICAL_MINERALS_TRACKER } from "./demo/critical-minerals";
import { EUV_TRACKER } from "./demo/euv";
import { seedChecklist } from "./demo/seed-checklist";
import { seedForecasterProfiles, seedForecasts } from "./demo/seed-forecasts";
import { resolveDueForecastQuestions } from "../lib/server/forecasts/resolve-due-forecast-questions";
import { DEMO_SOURCES } from "./demo/sources";
import type { DemoChange, DemoTracker } from "./demo/types";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo/users";

export const DEMO_TRACKERS = [EUV_TRACKER, CRITICAL_MINERALS_TRACKER];

/** Seeds everything; returns false (and writes nothing) when the demo trackers exist. */
export async function seedDemoData(db: PrismaClient): Promise<boolean> {
  if (await db.tracker.findFirst({ where: { slug: { in: DEMO_TRACKERS.map((t) => t.slug) } } })) return false;
  const actors = await upsertDemoUsers(db);
  await seedSources(db, actors);
  for (const tracker of DEMO_TRACKERS) await seedTracker(tracker, actors);
  await seedForecasterProfiles(actors);
  // Demo questions whose resolve-by date has passed resolve no, dated at that date.
  await resolveDueForecastQuestions();
  return true;
}

async function upsertDemoUsers(db: PrismaClient): Promise<Record<keyof typeof DEMO_USERS, Actor>> {
  const entries: [keyof typeof DEMO_USERS, Actor][] = [];
  for (const [key, demo] of Object.entries(DEMO_USERS) as [keyof typeof DEMO_USERS, (typeof DEMO_USERS)[keyof typeof DEMO_USERS]][]) {
    const row =
      (await db.user.findUnique({ where: { email: demo.email } })) ??
      (await db.$transaction((tx) => createUserRecord(tx, null, { ...demo, roles: [...demo.roles], password: DEMO_PASSWORD })));
    entries.push([key, { id: row.id, name: row.name, email: row.email, roles: row.roles, deactivatedAt: row.deactivatedAt }]);
  }
  return Object.fromEntries(entries) as Record<keyof typeof DEMO_USERS, Actor>;
}

// The analyst logs each source and sets its provisional first grade; the reviewer
// confirms it, so every demo grade has the same two-person history a real one has.
async function seedSources(db: PrismaClient, actors: Record<keyof typeof DEMO_USERS, Actor>) {
  for (const source of DEMO_SOURCES) {
    const row = await db.source.create({ data: { domain: source.domain, name: source.name, createdById: actors.analyst.id } });
    await db.auditEvent.create({ data: { actorId: actors.analyst.id, action: "source.create", entityType: "Source", entityId: row.id, after: { domain: row.domain, name: row.name } } });
    await proposeSourceGrade(actors.analyst, { sourceId: row.id, reliability: source.reliability, rationale: source.rationale });
    await confirmSourceGrade(actors.reviewer, { sourceId: row.id, note: `Confirmed: ${source.rationale}` });
  }
}

async function seedTracker(demo: DemoTracker, actors: Record<keyof typeof DEMO_USERS, Actor>) {
  const tracker = await seedChecklist(demo, actors.admin);
  await seedForecasts(demo.slug, tracker.proofPoints, actors);

  for (const demoClaim of demo.claims) {
    const proofPoint = tracker.proofPoints.find((point) => point.key === demoClaim.proofPoint);
    if (!proofPoint) throw new Error(`Demo claim names unknown proof point ${demoClaim.proofPoint}`);
    const claim = await createClaim(actors.analyst, { ...demoClaim, proofPointId: proofPoint.id });
    const evidenceIds = new Map<string, string>();
    for (const { origin, ...item } of demoClaim.evidence) {
      const evidence = await addEvidence(actors.analyst, { ...item, claimId: claim.id });
      evidenceIds.set(item.key, evidence.id);
      // Before any approval: the link is part of what the first verdict rests on.
      if (origin) {
        await linkProvenance(actors.analyst, {
          evidenceId: evidence.id,
          relation: "traces_to",
          target: "new",
          originName: origin,
          reason: "The article's quote repeats the Reuters report; the home page is linked because the article gives no article address.",
        });
      }
    }
    const propose = (change: DemoChange) =>
      proposeStatusChange(
        actors.analyst,
        {
          claimId: claim.id,
          toStatus: change.to,
          rationale: change.rationale,
          conflictReason: change.conflictReason,
          evidenceIds: change.cites.map((key) => evidenceIds.get(key)),
        },
        { now: new Date(`${change.at}T09:00:00Z`) },
      );
    for (const change of demoClaim.changes) {
      const proposal = await propose(change);
      const meetsCriteria = change.to === "supported" ? (change.meetsCriteria ?? true) : undefined;
      await approveProposal(actors.reviewer, { proposalId: proposal.id, meetsCriteria }, { now: new Date(`${change.at}T15:00:00Z`) });
    }
    if (demoClaim.pending) await propose(demoClaim.pending);
  }
}
