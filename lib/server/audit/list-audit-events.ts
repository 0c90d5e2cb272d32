import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { AUDIT_PAGE_SIZE, SYSTEM_ACTOR, ZAuditEventFilter, type TAuditEventFilter } from "@/lib/validation/audit";
import { parseInput } from "@/lib/validation/parse";

export type AuditEventView = {
  id: string;
  action: string;
  entityType: string;
  entityId: string;
  createdAt: string;
  actor: { id: string; name: string; email: string } | null;
  before: Prisma.JsonValue | null;
  after: Prisma.JsonValue | null;
  /** The request's client address and user agent; null for scripts and the seed. */
  ipAddress: string | null;
  userAgent: string | null;
};

export type AuditEventPage = {
  events: AuditEventView[];
  total: number;
  page: number;
  pageCount: number;
  pageSize: number;
  filter: TAuditEventFilter;
};

const DAY_MS = 24 * 60 * 60 * 1000;

function whereOf(filter: TAuditEventFilter): Prisma.AuditEventWhereInput {
  return {
    ...(filter.actor ? { actorId: filter.actor === SYSTEM_ACTOR ? null : filter.actor } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    // Days are UTC calendar days; "to" includes the whole of its day.
    ...(filter.from || filter.to
      ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: new Date(filter.to.getTime() + DAY_MS) } : {}) } }
      : {}),
  };
}

/** Admins: every audit event, newest first, filtered and paginated. Bad filters throw INVALID_INPUT naming the field. */
export async function listAuditEvents(actor: Actor | null, input: unknown): Promise<AuditEventPage> {
  requirePermission(actor, "audit:read");
  const filter = parseInput(ZAuditEventFilter, input);
  const where = whereOf(filter);
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        createdAt: true,
        before: true,
        after: true,
        ipAddress: true,
        userAgent: true,
        actor: { select: { id: true, name: true, email: true } },
      },
    }),
  ]);
  return {
    events: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    total,
    page: filter.page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    pageSize: AUDIT_PAGE_SIZE,
    filter,
  };
}
