import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";

export type AuditFilterOptions = {
  /** People who caused at least one event, by name. */
  actors: { id: string; name: string; email: string }[];
  /** Every entity type that appears in the log, alphabetical. */
  entityTypes: string[];
};

/** What the audit log's filter selects offer: only values that match something. */
export async function listAuditFilterOptions(actor: Actor | null): Promise<AuditFilterOptions> {
  requirePermission(actor, "audit:read");
  const db = getDb();
  const [actors, types] = await Promise.all([
    db.user.findMany({
      where: { auditEvents: { some: {} } },
      orderBy: [{ name: "asc" }, { email: "asc" }],
      select: { id: true, name: true, email: true },
    }),
    db.auditEvent.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { actors, entityTypes: types.map((row) => row.entityType) };
}
