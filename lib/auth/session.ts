import "server-only";
// Maps the request's session cookie to the acting user, once per request. Roles and
// deactivation are read fresh from the database, so changes apply on the next request.
import { cache } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { getAuth } from "./auth";
import type { Actor } from "./actor";
import { sessionOutlivedItsLifetime } from "./session-lifetime";

export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  // headers() first: it marks the page dynamic before anything touches the database,
  // so `next build` can prerender without one.
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  // Sessions renew while used, but never past an absolute lifetime from sign-in.
  if (sessionOutlivedItsLifetime(session.session.createdAt)) {
    await getDb().session.deleteMany({ where: { id: session.session.id } });
    return null;
  }
  const user = await getDb().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, name: true, email: true, roles: true, deactivatedAt: true },
  });
  if (!user || user.deactivatedAt) return null;
  return user;
});

/** For workspace pages: anonymous visitors go to sign-in and come back afterwards. */
export async function requireActorOrRedirect(returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(returnTo)}`);
  return actor;
}

export { safeReturnPath } from "./return-path";
