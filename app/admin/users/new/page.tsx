import type { Metadata } from "next";
import Link from "next/link";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { PASSWORD_MIN } from "@/lib/validation/user";
import { Forbidden } from "@/components/forbidden";
import { createUserAction } from "../actions";

export const metadata: Metadata = { title: "Create a user", robots: { index: false } };

export default async function NewUserPage() {
  const actor = await requireActorOrRedirect("/admin/users/new");
  if (!hasPermission(actor.roles, "user:manage")) return <Forbidden what="create users" />;
  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/admin/users">Users</Link>
      </p>
      <h1>Create a user</h1>
      <CreateUserForm action={createUserAction} minPasswordLength={PASSWORD_MIN} />
    </div>
  );
}
