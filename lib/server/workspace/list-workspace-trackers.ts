import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";

export type WorkspaceTracker = {
  id: string;
  slug: string;
  title: string;
  published: boolean;
  archived: boolean;
  isDemo: boolean;
  proofPoints: { id: string; key: string; title: string; retired: boolean }[];
};

/** Every tracker an analyst may work on, drafts included; the flagship (first published) leads. */
export async function listWorkspaceTrackers(actor: Actor | null): Promise<WorkspaceTracker[]> {
  requirePermission(actor, "workspace:read");
  const trackers = await getDb().tracker.findMany({
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { publishedAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      published: true,
      archivedAt: true,
      isDemo: true,
      proofPoints: {
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: { id: true, key: true, title: true, retiredAt: true },
      },
    },
  });
  return trackers.map(({ archivedAt, proofPoints, ...tracker }) => ({
    ...tracker,
    archived: archivedAt !== null,
    proofPoints: proofPoints.map(({ retiredAt, ...point }) => ({ ...point, retired: retiredAt !== null })),
  }));
}
