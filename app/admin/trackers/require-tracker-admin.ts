import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { adminActorOrNull } from "../admin-actor";

/** For the admin tracker pages: the actor with "tracker:manage", or null (see adminActorOrNull). */
export function trackerAdminOrNull(returnTo: string): Promise<Actor | null> {
  return adminActorOrNull(returnTo, "tracker:manage");
}
