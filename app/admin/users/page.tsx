import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { Forbidden } from "@/components/forbidden";
import { FormattedDate } from "@/components/formatted-date";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { listUsers } from "@/lib/server/users/list-users";
import { adminActorOrNull } from "../admin-actor";

export const metadata: Metadata = { title: "Users", robots: { index: false } };

export default async function UsersPage() {
  const actor = await adminActorOrNull("/admin/users", "user:manage");
  if (!actor) return <Forbidden what="manage users" />;
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
      <AdminTable caption={`${users.length} accounts`} columns={["Name", "Email", "Roles", "Status", "Created"]}>
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
      </AdminTable>
    </div>
  );
}
