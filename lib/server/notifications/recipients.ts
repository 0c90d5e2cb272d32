// Who hears of an event: signed-in people by the event's kind and their role (then their
// preference for the kind decides how), and readers by their verified follows.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { ROLES, hasPermission, type Permission } from "@/lib/auth/permissions";
import { isPublicKind, type EventKind } from "@/lib/domain/events/event-kinds";
import { isPublicTracker } from "@/lib/server/read/visibility";

type Db = Prisma.TransactionClient;
export type RoutedEvent = { id: string; kind: string; actorId: string | null; trackerId: string | null; claimId: string | null; data: Prisma.JsonValue };

function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => hasPermission([role], permission));
}

async function activeUsersWith(db: Db, permission: Permission, except: string | null): Promise<string[]> {
  const users = await db.user.findMany({
    where: { deactivatedAt: null, roles: { hasSome: rolesWith(permission) }, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  return users.map((user) => user.id);
}

/** People an event concerns, before their preferences: never the person who caused it. */
export async function userCandidatesOf(db: Db, event: RoutedEvent): Promise<string[]> {
  const data = (event.data ?? {}) as { proposal?: { proposedById?: string } };
  switch (event.kind as EventKind) {
    case "proposal.decided": {
      const proposer = data.proposal?.proposedById;
      if (!proposer || proposer === event.actorId) return [];
      const user = await db.user.findFirst({ where: { id: proposer, deactivatedAt: null }, select: { id: true } });
      return user ? [user.id] : [];
    }
    case "proposal.filed":
    case "claim.re-review-flagged":
    case "suggestion.received":
      return activeUsersWith(db, "proposal:review", event.actorId);
    case "suggestion.decided":
      return [];
    default:
      // Public changes: anyone in the workspace may opt in to them (off by default).
      return activeUsersWith(db, "workspace:read", event.actorId);
  }
}

/** Whether readers may hear of the event now: a public kind on a tracker readers can see. */
export async function isReadableByReaders(db: Db, event: RoutedEvent): Promise<boolean> {
  if (!isPublicKind(event.kind) || !event.trackerId) return false;
  const tracker = await db.tracker.findUnique({ where: { id: event.trackerId }, select: { published: true, archivedAt: true } });
  return tracker !== null && isPublicTracker(tracker);
}

/** Verified, current follows the event reaches: of its claim, or of its tracker. */
export function followsReachedWhere(event: Pick<RoutedEvent, "trackerId" | "claimId">): Prisma.ReaderFollowWhereInput {
  return {
    verifiedAt: { not: null },
    unsubscribedAt: null,
    OR: [...(event.trackerId ? [{ trackerId: event.trackerId }] : []), ...(event.claimId ? [{ claimId: event.claimId }] : [])],
  };
}
