// What the preferences page shows a signed-in person: every kind of update with the
// cadence that applies to them now (their choice, else the kind's default).
import "server-only";
import { requireSignedIn, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { EVENT_KIND_INFO, EVENT_KINDS, type EventAudience, type EventKind } from "@/lib/domain/events/event-kinds";
import { cadenceOf, type Cadence } from "@/lib/domain/notifications/preferences";
import { chosenCadences } from "./preferences-of";

export type PreferenceRow = { kind: EventKind; label: string; description: string; audience: EventAudience; cadence: Cadence };

export async function getNotificationPreferences(actor: Actor | null): Promise<PreferenceRow[]> {
  const self = requireSignedIn(actor);
  const chosen = await chosenCadences(getDb(), self.id);
  return EVENT_KINDS.map((kind) => ({ kind, ...EVENT_KIND_INFO[kind], cadence: cadenceOf(kind, chosen) }));
}
