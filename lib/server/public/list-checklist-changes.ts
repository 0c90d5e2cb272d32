import "server-only";
import type { ChecklistChangeKind } from "@/generated/prisma/enums";
import { getDb } from "@/lib/db/client";
import { toTimestamp } from "@/lib/server/read/serialize";
import { publicChecklistChangeWhere } from "@/lib/server/read/visibility";

export type PublicChecklistChange = {
  id: string;
  kind: ChecklistChangeKind;
  summary: string;
  at: string;
  /** The admin's display name; emails are never public. */
  by: string | null;
  proofPoint: { key: string; title: string } | null;
  criteriaVersion: number | null;
  /** Why the criteria changed, as the admin wrote it. */
  note: string;
};

export const CHECKLIST_CHANGES_LIMIT = 50;

/** "Changes to this checklist", newest first, from the first publication on. */
export async function listChecklistChanges(options: {
  trackerId: string;
  firstPublishedAt: Date;
  limit?: number;
}): Promise<PublicChecklistChange[]> {
  const rows = await getDb().checklistChange.findMany({
    where: { ...publicChecklistChangeWhere(options.firstPublishedAt), trackerId: options.trackerId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: options.limit ?? CHECKLIST_CHANGES_LIMIT,
    select: {
      id: true,
      kind: true,
      summary: true,
      createdAt: true,
      actor: { select: { name: true } },
      proofPoint: { select: { key: true, title: true } },
      criteria: { select: { version: true, note: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    summary: row.summary,
    at: toTimestamp(row.createdAt),
    by: row.actor?.name ?? null,
    proofPoint: row.proofPoint,
    criteriaVersion: row.criteria?.version ?? null,
    note: row.criteria?.note ?? "",
  }));
}
