"use client";
// The header's account menu as a client island: public pages are rendered once for every
// reader and cached, so who is signed in is asked for after load, from /api/session. The
// root layout survives client navigations, so it asks again on every new path (signing in
// redirects, approving changes the review count).
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { AccountMenu } from "./account-menu";
import type { AccountSession } from "./account-session";
import styles from "./auth.module.css";

const SIGNED_OUT: AccountSession = { user: null, reviewCount: null, canPropose: false };

export function AccountIsland({ signOutAction }: { signOutAction: (formData: FormData) => Promise<void> }) {
  const [session, setSession] = useState<AccountSession | null>(null);
  const pathname = usePathname();
  useEffect(() => {
    let live = true;
    fetch("/api/session", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<AccountSession>) : null))
      .then((value) => live && setSession(value ?? SIGNED_OUT))
      .catch(() => live && setSession(SIGNED_OUT));
    return () => {
      live = false;
    };
  }, [pathname]);
  // Until the answer arrives, hold the space so the header does not jump.
  if (!session) return <span className={styles.pending} aria-hidden="true" />;
  return (
    <AccountMenu
      user={session.user}
      reviewCount={session.reviewCount ?? undefined}
      canPropose={session.canPropose}
      submissionCount={session.submissionCount ?? undefined}
      signOutAction={async (formData) => {
        setSession(SIGNED_OUT);
        await signOutAction(formData);
      }}
    />
  );
}
