import type { Metadata } from "next";
import Link from "next/link";
import { PreferencesForm } from "@/components/notifications/preferences-form";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { getNotificationPreferences } from "@/lib/server/notifications/get-preferences";
import { setNotificationPreferencesAction } from "./actions";

export const metadata: Metadata = { title: "Notification mail", robots: { index: false } };
export const dynamic = "force-dynamic";

/** A signed-in person's mail cadence per kind of update. */
export default async function NotificationPreferencesPage() {
  const actor = await requireActorOrRedirect("/workspace/notifications");
  const rows = await getNotificationPreferences(actor);
  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link> · Account
      </p>
      <h1>Notification mail</h1>
      <p className="lede">
        Choose, per kind of update, whether a mail comes at once, in a digest (daily at 07:00 UTC, weekly on Mondays) or not at all. Your inbox on
        the <Link href="/workspace">workspace home</Link> shows the same work whatever you choose here. Mails go to {actor.email}.
      </p>
      <PreferencesForm rows={rows} action={setNotificationPreferencesAction} />
    </div>
  );
}
