import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { UserActiveForm, UserRolesForm } from "@/components/admin/edit-user-forms";
import { Forbidden } from "@/components/forbidden";
import { FormattedDate } from "@/components/formatted-date";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { getUserForAdmin } from "@/lib/server/users/list-users";
import { setUserActiveAction, setUserRolesAction } from "../actions";

export const metadata: Metadata = { title: "User", robots: { index: false } };

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { id } = await params;
  const actor = await requireActorOrRedirect(`/admin/users/${id}`);
  if (!hasPermission(actor.roles, "user:manage")) return <Forbidden what="manage users" />;
  const user = await getUserForAdmin(actor, id);
  if (!user) notFound();
  const { created } = await searchParams;
  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/admin/users">Users</Link>
      </p>
      <h1>{user.name}</h1>
      {created ? <p role="status">The account was created.</p> : null}
      <p className="lede">
        {user.email} · {user.deactivatedAt ? "Deactivated" : "Active"} · created <FormattedDate value={user.createdAt.toISOString()} />
      </p>
      <h2>Roles</h2>
      <UserRolesForm userId={user.id} roles={user.roles} action={setUserRolesAction} />
      <h2>Account</h2>
      <UserActiveForm userId={user.id} active={!user.deactivatedAt} action={setUserActiveAction} />
    </div>
  );
}
