// The demo seed on a fresh database (docs/architecture.md, "Demo data"): it goes through the command
// layer, so its history must satisfy the same rules as anyone's; and it runs only once.
import { beforeAll, describe, expect, it } from "vitest";
import { citationProblem } from "@/lib/domain/citation-rules";
import { REUTERS_EUV_REPORT } from "@/prisma/demo/euv";
import { DEMO_TRACKERS, seedDemoData } from "@/prisma/seed";
import { testDb } from "../support/db";
import { expectEveryChangeApprovedByAnotherPerson, expectStatusesMatchHistory } from "../support/invariants";
import { expectDatabaseUnchanged, snapshotDatabase } from "../support/snapshot";

const EUV_KEYS = ["wafer-results", "overlay-cdu", "throughput", "uptime", "optics-supply", "ecosystem"];

describe("seedDemoData on a fresh database", () => {
  beforeAll(async () => {
    expect(await testDb().tracker.count()).toBe(0);
    expect(await seedDemoData(testDb())).toBe(true);
  });

  it("creates the EUV tracker with its six proof points, in order, and at least ten claims", async () => {
    const euv = await testDb().tracker.findUniqueOrThrow({
      where: { slug: "euv" },
      include: { proofPoints: { orderBy: { position: "asc" }, include: { _count: { select: { claims: true } } } } },
    });
    expect(euv).toMatchObject({ published: true, isDemo: true });
    expect(euv.proofPoints.map((point) => point.key)).toEqual(EUV_KEYS);
    expect(euv.proofPoints.reduce((sum, point) => sum + point._count.claims, 0)).toBeGreaterThanOrEqual(10);
    for (const demo of DEMO_TRACKERS) {
      expect(await testDb().tracker.findUnique({ where: { slug: demo.slug } }), demo.slug).toMatchObject({ published: true, isDemo: true });
    }
  });

  it("traces every Reuters item of the EUV tracker to one named origin, so the report counts once wherever it is cited", async () => {
    const items = await testDb().evidence.findMany({
      where: { url: "https://www.reuters.com/", claim: { proofPoint: { tracker: { slug: "euv" } } } },
      select: { id: true, derivedFrom: { where: { removedAt: null }, select: { origin: { select: { id: true, name: true } } } } },
    });
    expect(items.length).toBeGreaterThan(1);
    const origins = new Set(items.flatMap((item) => item.derivedFrom.map((link) => link.origin?.id)));
    expect(origins.size).toBe(1);
    expect(items.every((item) => item.derivedFrom.length === 1 && item.derivedFrom[0]!.origin?.name === REUTERS_EUV_REPORT)).toBe(true);
    // Every tally agrees: no claim counts more origins than the one report on any side.
    const tallies = await testDb().claimEvidenceTally.findMany({ where: { claim: { proofPoint: { tracker: { slug: "euv" } } } } });
    for (const tally of tallies) {
      expect(tally.supportOrigins).toBeLessThanOrEqual(Math.min(tally.supports, 1));
      expect(tally.refuteOrigins).toBeLessThanOrEqual(Math.min(tally.refutes, 1));
    }
  });

  it("gives every claim the status its history ends at, each step approved by a second person", async () => {
    expect(await testDb().statusChange.count()).toBeGreaterThan(0);
    expect(await testDb().claim.count({ where: { status: { not: "unverified" } } })).toBeGreaterThan(0);
    await expectStatusesMatchHistory();
    await expectEveryChangeApprovedByAnotherPerson();
  });

  it("backs every step with the cited evidence its status needs (rule 4)", async () => {
    const changes = await testDb().statusChange.findMany({
      select: {
        id: true,
        toStatus: true,
        proposal: { select: { conflictReason: true, citations: { select: { evidence: { select: { stance: true, deletedAt: true } } } } } },
      },
    });
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      const cited = change.proposal.citations.filter((c) => !c.evidence.deletedAt).map((c) => c.evidence);
      expect(citationProblem(change.toStatus, cited, change.proposal.conflictReason ?? ""), `change ${change.id}`).toBeNull();
    }
  });

  it("links evidence only to publishers' home pages, never to an invented article", async () => {
    const urls = (await testDb().evidence.findMany({ select: { url: true } })).map((row) => new URL(row.url));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(`${url.pathname}${url.search}`, url.href).toBe("/");
  });

  it("does nothing the second time: returns false and adds no row", async () => {
    const before = await snapshotDatabase();
    expect(await seedDemoData(testDb())).toBe(false);
    await expectDatabaseUnchanged(before);
  });
});
