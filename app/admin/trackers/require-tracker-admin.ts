import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";

/**
 * For the admin tracker pages: readers go to sign-in, signed-in users without
 * "tracker:manage" get null (the page shows Forbidden). The commands and admin queries
 * check the permission again; this only decides what to render.
 */
export async function trackerAdminOrNull(returnTo: string): Promise<Actor | null> {
  const actor = await requireActorOrRedirect(returnTo);
  return hasPermission(actor.roles, "tracker:manage") ? actor : null;
}
