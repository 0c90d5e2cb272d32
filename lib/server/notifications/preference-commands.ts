// A signed-in person's own notification commands: mail cadence per kind, and marking the
// inbox seen (its "decided since you last looked" then starts again from now).
import "server-only";
import { requireSignedIn, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { commandNow, inTransaction } from "@/lib/server/transaction";
import { parseInput } from "@/lib/validation/parse";
import { ZMarkInboxSeenInput, ZSetNotificationPreferencesInput } from "@/lib/validation/notifications";
import { ensureNotificationSettings } from "./preferences-of";

export async function setNotificationPreferences(actor: Actor | null, input: unknown) {
  const self = requireSignedIn(actor);
  const data = parseInput(ZSetNotificationPreferencesInput, input);
  return inTransaction(async (tx) => {
    const before = await tx.notificationPreference.findMany({ where: { userId: self.id }, select: { kind: true, cadence: true } });
    for (const [kind, cadence] of Object.entries(data.preferences)) {
      await tx.notificationPreference.upsert({ where: { userId_kind: { userId: self.id, kind } }, create: { userId: self.id, kind, cadence }, update: { cadence } });
    }
    const settings = await ensureNotificationSettings(tx, self.id);
    await recordAuditEvent(tx, {
      actor: self,
      action: "notifications.set-preferences",
      entityType: "NotificationSettings",
      entityId: settings.userId,
      before: Object.fromEntries(before.map((row) => [row.kind, row.cadence])),
      after: data.preferences,
    });
    return { preferences: data.preferences };
  });
}

export async function markInboxSeen(actor: Actor | null, input: unknown = {}) {
  const self = requireSignedIn(actor);
  parseInput(ZMarkInboxSeenInput, input);
  return inTransaction(async (tx) => {
    const before = await ensureNotificationSettings(tx, self.id);
    const seenAt = await commandNow(tx, {});
    await tx.notificationSettings.update({ where: { userId: self.id }, data: { inboxSeenAt: seenAt } });
    await recordAuditEvent(tx, { actor: self, action: "inbox.mark-seen", entityType: "NotificationSettings", entityId: self.id, before: { inboxSeenAt: before.inboxSeenAt }, after: { inboxSeenAt: seenAt } });
    return { inboxSeenAt: seenAt };
  });
}
