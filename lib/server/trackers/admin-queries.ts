import "server-only";
// Reads for the admin tracker pages. Unlike lib/server/public/*, they see drafts and
// archived trackers, so each one checks the permission first.
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";

export type TrackerState = "draft" | "published" | "archived";

export function trackerState(tracker: { published: boolean; archivedAt: Date | null }): TrackerState {
  return tracker.archivedAt ? "archived" : tracker.published ? "published" : "draft";
}

/** Every tracker, newest first, with how many proof points are active. */
export async function listTrackersForAdmin(actor: Actor | null) {
  requirePermission(actor, "tracker:manage");
  const trackers = await getDb().tracker.findMany({
    orderBy: [{ archivedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      published: true,
      archivedAt: true,
      isDemo: true,
      createdAt: true,
      _count: { select: { proofPoints: { where: { retiredAt: null } } } },
    },
  });
  return trackers.map(({ _count, ...tracker }) => ({ ...tracker, state: trackerState(tracker), activeProofPoints: _count.proofPoints }));
}

/** A tracker with its whole checklist (retired points included) and its old slugs. */
export async function getTrackerForAdmin(actor: Actor | null, trackerId: string) {
  requirePermission(actor, "tracker:manage");
  const tracker = await getDb().tracker.findUnique({
    where: { id: trackerId },
    include: {
      slugAliases: { orderBy: { createdAt: "asc" }, select: { slug: true } },
      proofPoints: {
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: {
          id: true,
          key: true,
          title: true,
          question: true,
          retiredAt: true,
          _count: { select: { claims: true } },
          criteria: { orderBy: { version: "desc" }, take: 1, select: { version: true, tickWhen: true } },
        },
      },
    },
  });
  return tracker ? { ...tracker, state: trackerState(tracker) } : null;
}

/** A proof point with every criteria version, newest first. */
export async function getProofPointForAdmin(actor: Actor | null, proofPointId: string) {
  requirePermission(actor, "tracker:manage");
  return getDb().proofPoint.findUnique({
    where: { id: proofPointId },
    include: {
      tracker: { select: { id: true, slug: true, title: true, published: true, archivedAt: true } },
      criteria: { orderBy: { version: "desc" }, include: { author: { select: { name: true } } } },
    },
  });
}
