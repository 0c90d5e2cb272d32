import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { PASSWORD_MIN } from "@/lib/validation/user";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Change password", robots: { index: false } };

export default async function ChangePasswordPage() {
  await requireActorOrRedirect("/account/password");
  return (
    <div className="container page">
      <h1>Change your password</h1>
      <p className="lede">Changing it signs out your other sessions; this one stays signed in.</p>
      <ChangePasswordForm action={changePasswordAction} minLength={PASSWORD_MIN} />
    </div>
  );
}
