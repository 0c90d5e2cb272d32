import "server-only";
// The notification commands of signed-in people (preferences, inbox) and admins
// (webhooks); spread into lib/server/commands.ts so the authorization matrix enumerates
// them. Readers' follow and unsubscribe commands take no actor (reader-commands.ts).
import { markInboxSeen, setNotificationPreferences } from "./preference-commands";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  redeliverWebhook,
  rotateWebhookSecret,
  setWebhookEndpointEnabled,
  updateWebhookEndpoint,
} from "@/lib/server/webhooks/endpoint-commands";

export const NOTIFICATION_COMMANDS = {
  setNotificationPreferences,
  markInboxSeen,
  createWebhookEndpoint,
  updateWebhookEndpoint,
  setWebhookEndpointEnabled,
  rotateWebhookSecret,
  redeliverWebhook,
  deleteWebhookEndpoint,
} as const;
