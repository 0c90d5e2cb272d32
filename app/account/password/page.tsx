import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/auth/change-password-form";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { PASSWORD_MIN } from "@/lib/validation/user";
import { SubmitButton } from "@/components/forms";
import { changePasswordAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Change password", robots: { index: false } };

export default async function ChangePasswordPage() {
  await requireActorOrRedirect("/account/password");
  return (
    <div className="container page">
      <h1>Change your password</h1>
      <p className="lede">Changing it signs out your other sessions; this one stays signed in.</p>
      <ChangePasswordForm action={changePasswordAction} minLength={PASSWORD_MIN} />
      <h2>Sign out everywhere</h2>
      <p>Ends every session of your account, on every device, this one included.</p>
      <form action={signOutEverywhereAction}>
        <SubmitButton pendingLabel="Signing out…">Sign out everywhere</SubmitButton>
      </form>
    </div>
  );
}
