import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";

export type UserListItem = {
  id: string;
  name: string;
  email: string;
  roles: ("analyst" | "reviewer" | "admin")[];
  deactivatedAt: Date | null;
  createdAt: Date;
};

/** Admins only: every account, active first, then by name. */
export async function listUsers(actor: Actor | null): Promise<UserListItem[]> {
  requirePermission(actor, "user:manage");
  return getDb().user.findMany({
    select: { id: true, name: true, email: true, roles: true, deactivatedAt: true, createdAt: true },
    orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }],
  });
}

export async function getUserForAdmin(actor: Actor | null, userId: string): Promise<UserListItem | null> {
  requirePermission(actor, "user:manage");
  return getDb().user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, roles: true, deactivatedAt: true, createdAt: true },
  });
}
