// Mail cadences per kind of event, and each kind's default for a person who has not chosen.
import type { EventKind } from "@/lib/domain/events/event-kinds";

export const CADENCES = ["immediate", "daily", "weekly", "off"] as const;
export type Cadence = (typeof CADENCES)[number];
export const DIGEST_CADENCES = ["daily", "weekly"] as const;
export type DigestCadence = (typeof DIGEST_CADENCES)[number];
/** Readers following a tracker or claim choose among these (unfollowing is the "off"). */
export const FOLLOW_CADENCES = ["immediate", "daily", "weekly"] as const;
export type FollowCadence = (typeof FOLLOW_CADENCES)[number];

export const CADENCE_LABELS: Record<Cadence, string> = {
  immediate: "Immediately",
  daily: "Daily digest",
  weekly: "Weekly digest",
  off: "Off",
};

// A decision on one's own proposal is news at once; queues of work are a morning list;
// public changes are for readers, and staff opt in.
export const DEFAULT_CADENCE: Record<EventKind, Cadence> = {
  "proposal.decided": "immediate",
  "proposal.filed": "daily",
  "claim.re-review-flagged": "daily",
  "suggestion.received": "daily",
  "suggestion.decided": "off",
  "status.approved": "off",
  "evidence.added": "off",
  "evidence.removed": "off",
  "criteria.changed": "off",
};

export function cadenceOf(kind: EventKind, chosen: ReadonlyMap<string, string>): Cadence {
  const value = chosen.get(kind);
  return (CADENCES as readonly string[]).includes(value ?? "") ? (value as Cadence) : DEFAULT_CADENCE[kind];
}

export function isCadence(value: string): value is Cadence {
  return (CADENCES as readonly string[]).includes(value);
}

/** How far back a digest looks the first time (no earlier digest). */
export const DIGEST_WINDOW_MS: Record<DigestCadence, number> = { daily: 24 * 3600 * 1000, weekly: 7 * 24 * 3600 * 1000 };
