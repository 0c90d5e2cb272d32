import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/auth/account-menu";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getCurrentActor } from "@/lib/auth/session";
import { signOutAction } from "./sign-in/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Proofboard", template: "%s · Proofboard" },
  description:
    "Public, evidence-backed scorecards for contested claims: which proof points have ticked, on what evidence, and who reviewed each change.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getCurrentActor();
  return (
    <html lang="en-GB">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader accountSlot={<AccountMenu user={actor && { name: actor.name, roles: actor.roles }} signOutAction={signOutAction} />} />
        {/* tabIndex lets the skip link move keyboard focus here, not just scroll. */}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
