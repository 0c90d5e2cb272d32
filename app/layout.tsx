import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { AccountIsland } from "@/components/auth/account-island";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { signOutAction } from "./sign-in/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Proofboard", template: "%s · Proofboard" },
  description:
    "Public, evidence-backed scorecards for contested claims: which proof points have ticked, on what evidence, and who reviewed each change.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Pages render per request (never at build time, when there is no database); public ones
  // are then cached whole by the page server. Nothing here may depend on the session: the
  // account menu is a client island that asks /api/session after load.
  await connection();
  return (
    <html lang="en-GB">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader accountSlot={<AccountIsland signOutAction={signOutAction} />} />
        {/* tabIndex lets the skip link move keyboard focus here, not just scroll. */}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
