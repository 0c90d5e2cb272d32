import type { Metadata } from "next";
import Link from "next/link";
import { FormattedDate } from "@/components/formatted-date";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { listUsers } from "@/lib/server/users/list-users";
import { hasPermission } from "@/lib/auth/permissions";
import { Forbidden } from "@/components/forbidden";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

export default async function UsersPage() {
  const actor = await requireActorOrRedirect("/admin/users");
  if (!hasPermission(actor.roles, "user:manage")) return <Forbidden what="manage users" />;
  const users = await listUsers(actor);
  return (
    <div className="container page">
      <p className="eyebrow">Admin</p>
      <h1>Users and roles</h1>
      <p>
        <Link href="/admin/users/new" className="button">
          Create a user
        </Link>
      </p>
      <div className="table-scroll">
        <table>
          <caption>{users.length} accounts</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Email</th>
              <th scope="col">Roles</th>
              <th scope="col">Status</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  <Link href={`/admin/users/${user.id}`}>{user.name}</Link>
                </th>
                <td>{user.email}</td>
                <td>{user.roles.length ? user.roles.map((role) => ROLE_LABELS[role]).join(", ") : "—"}</td>
                <td>{user.deactivatedAt ? "Deactivated" : "Active"}</td>
                <td>
                  <FormattedDate value={user.createdAt.toISOString()} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
