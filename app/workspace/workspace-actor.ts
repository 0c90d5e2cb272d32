import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";

/**
 * For analyst workspace pages: readers go to sign-in (and come back); signed-in users
 * without workspace rights (admins) get null, and the page shows <Forbidden />. The
 * queries check the same permission again, so this only chooses the view.
 */
export async function workspaceActorOrNull(returnTo: string): Promise<Actor | null> {
  const actor = await requireActorOrRedirect(returnTo);
  return hasPermission(actor.roles, "workspace:read") ? actor : null;
}

export const FORBIDDEN_WHAT = "use the analyst workspace (claims, evidence and sources)";
