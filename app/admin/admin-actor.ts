import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";

/**
 * For the admin pages: readers go to sign-in, signed-in users without the permission get
 * null (the page shows Forbidden). The commands and admin queries check the permission
 * again; this only decides what to render.
 */
export async function adminActorOrNull(returnTo: string, permission: Permission): Promise<Actor | null> {
  const actor = await requireActorOrRedirect(returnTo);
  return hasPermission(actor.roles, permission) ? actor : null;
}
