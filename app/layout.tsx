import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/auth/account-menu";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { hasPermission } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { countPendingReviews } from "@/lib/server/review/count-pending-reviews";
import { signOutAction } from "./sign-in/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Proofboard", template: "%s · Proofboard" },
  description:
    "Public, evidence-backed scorecards for contested claims: which proof points have ticked, on what evidence, and who reviewed each change.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // getCurrentActor awaits headers() before any query, so `next build` renders this without a database.
  const actor = await getCurrentActor();
  // One indexed count, and only for reviewers.
  const reviewCount = actor && hasPermission(actor.roles, "proposal:review") ? await countPendingReviews(actor) : undefined;
  return (
    <html lang="en-GB">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader
          accountSlot={
            <AccountMenu
              user={actor && { name: actor.name, roles: actor.roles }}
              reviewCount={reviewCount}
              canPropose={actor ? hasPermission(actor.roles, "proposal:create") : false}
              signOutAction={signOutAction}
            />
          }
        />
        {/* tabIndex lets the skip link move keyboard focus here, not just scroll. */}
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
