// The acting user as the command layer sees it. Resolved from the session on every
// request (so role changes and deactivation apply at once); null for readers.
import type { Role } from "@/generated/prisma/enums";
import { AppError } from "@/lib/errors/app-error";
import { hasPermission, type Permission } from "./permissions";

export type Actor = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  deactivatedAt: Date | null;
};

/** Throws 401 for readers, 403 for deactivated users and missing permissions. */
export function requirePermission(actor: Actor | null, permission: Permission): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to do this.");
  if (actor.deactivatedAt) throw new AppError("FORBIDDEN", "This account is deactivated.");
  if (!hasPermission(actor.roles, permission)) {
    throw new AppError("FORBIDDEN", `Your roles (${actor.roles.join(", ") || "none"}) do not allow this (${permission}).`);
  }
  return actor;
}

/** For commands every active account may run on itself (e.g. changing its own password). */
export function requireSignedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", "Sign in to do this.");
  if (actor.deactivatedAt) throw new AppError("FORBIDDEN", "This account is deactivated.");
  return actor;
}
