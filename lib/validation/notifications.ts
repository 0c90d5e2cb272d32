// Inputs of the notification commands: preferences, reader follows, webhook endpoints.
import { z } from "zod";
import { EVENT_KINDS, isEventKind } from "@/lib/domain/events/event-kinds";
import { CADENCES, FOLLOW_CADENCES } from "@/lib/domain/notifications/preferences";
import { ZId, ZOptionalText, isStorableText } from "./common";
import { ZEmail } from "./user";

const ZCadence = z.enum(CADENCES, { error: "must be immediately, daily digest, weekly digest or off" });

export const ZSetNotificationPreferencesInput = z.object({
  /** Kind → cadence; kinds left out keep their current choice. */
  preferences: z
    .record(z.string(), ZCadence, { error: "must list a cadence per kind of update" })
    .refine((value) => Object.keys(value).every(isEventKind), "names a kind of update that does not exist"),
});

export const ZMarkInboxSeenInput = z.object({}).loose();

export const ZFollowInput = z
  .object({
    email: ZEmail,
    cadence: z.enum(FOLLOW_CADENCES, { error: "must be immediately, daily digest or weekly digest" }),
    trackerId: ZId.optional(),
    claimId: ZId.optional(),
  })
  .refine((value) => Boolean(value.trackerId) !== Boolean(value.claimId), { message: "follow either a tracker or a claim", path: ["target"] });

export const ZFollowToken = z.object({ token: z.string({ error: "is required" }).trim().min(16, "is not a valid link").max(64, "is not a valid link").regex(/^[A-Za-z0-9_-]+$/, "is not a valid link") });

export const ZUnsubscribeInput = ZFollowToken.extend({
  kind: z.string().refine(isEventKind, "names a kind of update that does not exist").optional(),
  cadence: z.enum(["daily", "weekly", "immediate"], { error: "must be immediate, daily or weekly" }).optional(),
});

const ZWebhookUrl = z
  .string({ error: "is required" })
  .trim()
  .min(1, "is required")
  .max(2000, "must be at most 2,000 characters")
  .refine(isStorableText, "is not a valid URL")
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password;
    } catch {
      return false;
    }
  }, "must be an http:// or https:// URL without a user name or password");

const ZEventKinds = z
  .array(z.string(), { error: "choose at least one kind of event" })
  .min(1, "choose at least one kind of event")
  .max(EVENT_KINDS.length, "lists too many kinds of event")
  .refine((kinds) => kinds.every(isEventKind), "names a kind of event that does not exist")
  .transform((kinds) => [...new Set(kinds)].sort());

export const ZCreateWebhookEndpointInput = z.object({
  url: ZWebhookUrl,
  description: ZOptionalText(200).default(""),
  /** Empty: site-wide. */
  trackerId: z.preprocess((value) => (value === "" ? undefined : value), ZId.optional()),
  eventKinds: ZEventKinds,
});

export const ZUpdateWebhookEndpointInput = ZCreateWebhookEndpointInput.extend({ endpointId: ZId });

export const ZEndpointIdInput = z.object({ endpointId: ZId });

export const ZSetWebhookEndpointEnabledInput = z.object({ endpointId: ZId, enabled: z.boolean({ error: "must be true or false" }) });

export const ZRotateWebhookSecretInput = z.object({
  endpointId: ZId,
  /** How long the old secret keeps signing beside the new one. */
  overlapHours: z.coerce.number({ error: "must be a number of hours from 0 to 168" }).int("must be a whole number of hours").min(0, "must be a number of hours from 0 to 168").max(168, "must be a number of hours from 0 to 168").default(24),
});

export const ZRedeliverWebhookInput = z.object({ deliveryId: z.string({ error: "is required" }).trim().regex(/^msg_[0-9a-f]{32}$/, "is not a delivery from the log") });
