// The audit log's read side: permission, order, every filter, pagination and refused
// filters, against real PostgreSQL. Events are written as raw rows with chosen times,
// each test under its own entity ids so the tests of this file do not see each other.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { listAuditFilterOptions } from "@/lib/server/audit/list-audit-filter-options";
import { AUDIT_PAGE_SIZE, SYSTEM_ACTOR } from "@/lib/validation/audit";
import { makeClaim, makeUser, uniqueToken, type TestUser } from "../support/builders";
import { expectAppError } from "../support/snapshot";

let admin: TestUser;
let analyst: TestUser;

beforeAll(async () => {
  admin = await makeUser({ roles: ["admin"] });
  analyst = await makeUser({ roles: ["analyst"] });
});

type EventSpec = { at: string; actorId?: string | null; entityType?: string; entityId?: string; action?: string };

async function writeEvents(specs: EventSpec[]) {
  const entityId = `entity-${uniqueToken()}`;
  const rows = [];
  for (const spec of specs) {
    rows.push(
      await getDb().auditEvent.create({
        data: {
          actorId: spec.actorId === undefined ? admin.id : spec.actorId,
          action: spec.action ?? "test.event",
          entityType: spec.entityType ?? "Claim",
          entityId: spec.entityId ?? entityId,
          before: { n: 1 },
          after: { n: 2, nested: { ok: true } },
          createdAt: new Date(spec.at),
        },
      }),
    );
  }
  return { entityId, ids: rows.map((row) => row.id) };
}

describe("listAuditEvents", () => {
  it("is for admins (audit:read) only", async () => {
    await expectAppError(listAuditEvents(null, {}), "UNAUTHENTICATED");
    await expectAppError(listAuditEvents(analyst, {}), "FORBIDDEN");
    await expectAppError(listAuditEvents(await makeUser({ roles: ["reviewer"] }), {}), "FORBIDDEN");
  });

  it("lists events newest first with actor and before/after", async () => {
    const { entityId, ids } = await writeEvents([{ at: "2025-01-01T10:00:00Z" }, { at: "2025-01-03T10:00:00Z" }, { at: "2025-01-02T10:00:00Z" }]);
    const page = await listAuditEvents(admin, { entityId });
    expect(page.events.map((event) => event.id)).toEqual([ids[1], ids[2], ids[0]]);
    expect(page.total).toBe(3);
    expect(page.events[0]).toMatchObject({ actor: { id: admin.id, name: admin.name }, before: { n: 1 }, after: { n: 2, nested: { ok: true } } });
  });

  it("shows events the command layer writes, e.g. a claim's creation", async () => {
    const claim = await makeClaim({ creator: analyst });
    const page = await listAuditEvents(admin, { entityType: "Claim", entityId: claim.id });
    expect(page.events.map((event) => event.action)).toContain("claim.create");
    expect(page.events[0]!.actor?.id).toBe(analyst.id);
  });

  it("filters by actor, including events no user caused", async () => {
    const other = await makeUser({ roles: ["admin"] });
    const { entityId, ids } = await writeEvents([
      { at: "2025-02-01T10:00:00Z", actorId: other.id },
      { at: "2025-02-02T10:00:00Z", actorId: null },
      { at: "2025-02-03T10:00:00Z" },
    ]);
    expect((await listAuditEvents(admin, { entityId, actor: other.id })).events.map((event) => event.id)).toEqual([ids[0]]);
    expect((await listAuditEvents(admin, { entityId, actor: SYSTEM_ACTOR })).events.map((event) => event.id)).toEqual([ids[1]]);
    expect((await listAuditEvents(admin, { entityId, actor: "" })).total).toBe(3);
  });

  it("filters by entity type and entity id", async () => {
    const entityId = `shared-${uniqueToken()}`;
    const { ids } = await writeEvents([
      { at: "2025-03-01T10:00:00Z", entityType: "Claim", entityId },
      { at: "2025-03-02T10:00:00Z", entityType: "Evidence", entityId },
    ]);
    expect((await listAuditEvents(admin, { entityId, entityType: "Evidence" })).events.map((event) => event.id)).toEqual([ids[1]]);
    expect((await listAuditEvents(admin, { entityId })).total).toBe(2);
    expect((await listAuditEvents(admin, { entityId, entityType: "Source" })).total).toBe(0);
  });

  it("filters by a date range of whole UTC days, both ends included", async () => {
    const { entityId, ids } = await writeEvents([
      { at: "2025-04-09T23:59:59Z" },
      { at: "2025-04-10T00:00:00Z" },
      { at: "2025-04-11T23:59:59.999Z" },
      { at: "2025-04-12T00:00:00Z" },
    ]);
    const range = await listAuditEvents(admin, { entityId, from: "2025-04-10", to: "2025-04-11" });
    expect(range.events.map((event) => event.id)).toEqual([ids[2], ids[1]]);
    expect((await listAuditEvents(admin, { entityId, from: "2025-04-11" })).total).toBe(2);
    expect((await listAuditEvents(admin, { entityId, to: "2025-04-09" })).total).toBe(1);
    expect((await listAuditEvents(admin, { entityId, from: "2025-04-10", to: "2025-04-10" })).total).toBe(1);
  });

  it("paginates: full pages, a short last page, no event twice, none left out", async () => {
    const count = AUDIT_PAGE_SIZE * 2 + 7;
    const entityId = `paged-${uniqueToken()}`;
    await getDb().auditEvent.createMany({
      data: Array.from({ length: count }, (_, index) => ({
        actorId: admin.id,
        action: "test.event",
        entityType: "Claim",
        entityId,
        // Some share a timestamp, so the id tie-break is exercised too.
        createdAt: new Date(Date.UTC(2025, 4, 1, 0, 0, Math.floor(index / 3))),
      })),
    });
    const pages = await Promise.all([1, 2, 3].map((page) => listAuditEvents(admin, { entityId, page: String(page) })));
    expect(pages.map((page) => page.events.length)).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 7]);
    expect(pages.map((page) => page.pageCount)).toEqual([3, 3, 3]);
    const seen = pages.flatMap((page) => page.events.map((event) => event.id));
    expect(new Set(seen).size).toBe(count);
    const times = pages.flatMap((page) => page.events.map((event) => event.createdAt));
    expect(times).toEqual([...times].sort().reverse());
    const beyond = await listAuditEvents(admin, { entityId, page: "9" });
    expect(beyond).toMatchObject({ events: [], total: count, page: 9, pageCount: 3 });
  });

  it.each([
    [{ from: "2025-13-01" }, "from"],
    [{ to: "yesterday" }, "to"],
    [{ from: "2025-05-02", to: "2025-05-01" }, "to"],
    [{ page: "0" }, "page"],
    [{ page: "two" }, "page"],
    [{ entityId: "bad\u0000id" }, "entityId"],
    [{ entityType: "Claim; DROP TABLE" }, "entityType"],
    [{ actor: "x".repeat(500) }, "actor"],
  ])("refuses the filter %j naming the field %s", async (filter, field) => {
    const error = await expectAppError(listAuditEvents(admin, filter), "INVALID_INPUT");
    expect(Object.keys(error.fieldErrors)).toEqual([field]);
  });
});

describe("listAuditFilterOptions", () => {
  it("offers the people who acted and the entity types that occur", async () => {
    const silent = await makeUser({ roles: ["analyst"] });
    await writeEvents([{ at: "2025-06-01T10:00:00Z", entityType: "Tracker" }]);
    const options = await listAuditFilterOptions(admin);
    expect(options.actors.map((actor) => actor.id)).toContain(admin.id);
    expect(options.actors.map((actor) => actor.id)).not.toContain(silent.id);
    expect(options.entityTypes).toContain("Tracker");
    expect(options.entityTypes).toEqual([...new Set(options.entityTypes)].sort());
  });

  it("is for admins only", async () => {
    await expectAppError(listAuditFilterOptions(analyst), "FORBIDDEN");
  });
});
