import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { DemoAccounts } from "@/components/auth/demo-accounts";
import { getCurrentActor, safeReturnPath } from "@/lib/auth/session";
import { serverEnv } from "@/lib/env";
import { listDemoAccounts } from "@/lib/server/users/demo-accounts";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  const { next } = await searchParams;
  const returnTo = safeReturnPath(Array.isArray(next) ? next[0] : next);
  if (await getCurrentActor()) redirect(returnTo);
  const demo = serverEnv().PROOFBOARD_DEMO_MODE;
  return (
    <div className="container page">
      <h1>Sign in</h1>
      <p className="lede">Analysts, reviewers and admins sign in here. Reading the scorecards needs no account.</p>
      <SignInForm action={signInAction} returnTo={returnTo} />
      {demo ? <DemoAccounts {...listDemoAccounts()} /> : null}
    </div>
  );
}
