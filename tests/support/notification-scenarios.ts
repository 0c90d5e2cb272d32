// The notification commands' rows for the shared command tables: valid calls, the
// authorization matrix, who runs each in the rule 1 test, and each one's intended effect.
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { NOTIFICATION_COMMANDS } from "@/lib/server/notifications/commands";
import type { ActorKind } from "./command-scenarios";
import { makeFinishedDelivery, makeWebhookEndpoint } from "./notification-builders";
import type { TestUser } from "./builders";

export type NotificationCommandName = keyof typeof NOTIFICATION_COMMANDS;
type Prepare = (actor: Actor | null) => Promise<Record<string, unknown>>;
type Expected = "allowed" | "denied";
type Input = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Effect = (call: { input: Input; actor: TestUser }) => Promise<void>;

export const NOTIFICATION_VALID_CALLS: Record<NotificationCommandName, Prepare> = {
  async setNotificationPreferences() {
    return { preferences: { "proposal.filed": "weekly", "status.approved": "immediate" } };
  },
  async markInboxSeen() {
    return {};
  },
  async createWebhookEndpoint() {
    return { url: `https://hooks.example.org/${crypto.randomUUID()}`, description: "Newsroom desk", eventKinds: ["status.approved", "evidence.added"] };
  },
  async updateWebhookEndpoint() {
    const endpoint = await makeWebhookEndpoint();
    return { endpointId: endpoint.id, url: `https://hooks.example.org/${crypto.randomUUID()}`, description: "Renamed", eventKinds: ["criteria.changed"] };
  },
  async setWebhookEndpointEnabled() {
    const endpoint = await makeWebhookEndpoint();
    return { endpointId: endpoint.id, enabled: false };
  },
  async rotateWebhookSecret() {
    const endpoint = await makeWebhookEndpoint();
    return { endpointId: endpoint.id, overlapHours: 12 };
  },
  async redeliverWebhook() {
    const { delivery } = await makeFinishedDelivery();
    return { deliveryId: delivery.id };
  },
  async deleteWebhookEndpoint() {
    const endpoint = await makeWebhookEndpoint();
    return { endpointId: endpoint.id };
  },
};

//                                    anonymous analyst reviewer admin deactivated (holds every role)
// prettier-ignore
export const NOTIFICATION_MATRIX_ROWS: Record<NotificationCommandName, readonly [Expected, Expected, Expected, Expected, Expected]> = {
  setNotificationPreferences: ["denied", "allowed", "allowed", "allowed", "denied"],
  markInboxSeen:              ["denied", "allowed", "allowed", "allowed", "denied"],
  createWebhookEndpoint:      ["denied", "denied",  "denied",  "allowed", "denied"],
  updateWebhookEndpoint:      ["denied", "denied",  "denied",  "allowed", "denied"],
  setWebhookEndpointEnabled:  ["denied", "denied",  "denied",  "allowed", "denied"],
  rotateWebhookSecret:        ["denied", "denied",  "denied",  "allowed", "denied"],
  redeliverWebhook:           ["denied", "denied",  "denied",  "allowed", "denied"],
  deleteWebhookEndpoint:      ["denied", "denied",  "denied",  "allowed", "denied"],
};

export const NOTIFICATION_RUN_AS: Record<NotificationCommandName, ActorKind> = {
  setNotificationPreferences: "analyst",
  markInboxSeen: "reviewer",
  createWebhookEndpoint: "admin",
  updateWebhookEndpoint: "admin",
  setWebhookEndpointEnabled: "admin",
  rotateWebhookSecret: "admin",
  redeliverWebhook: "admin",
  deleteWebhookEndpoint: "admin",
};

const db = () => getDb();

export const NOTIFICATION_EFFECTS: Record<NotificationCommandName, Effect> = {
  async setNotificationPreferences({ input, actor }) {
    const rows = await db().notificationPreference.findMany({ where: { userId: actor.id }, orderBy: { kind: "asc" } });
    expect(Object.fromEntries(rows.map((row) => [row.kind, row.cadence]))).toEqual(input.preferences);
  },
  async markInboxSeen({ actor }) {
    expect((await db().notificationSettings.findUniqueOrThrow({ where: { userId: actor.id } })).inboxSeenAt).toBeInstanceOf(Date);
  },
  async createWebhookEndpoint({ input, actor }) {
    const endpoint = await db().webhookEndpoint.findFirstOrThrow({ where: { url: input.url }, include: { secrets: true } });
    expect(endpoint).toMatchObject({ createdById: actor.id, eventKinds: [...input.eventKinds].sort(), disabledAt: null });
    expect(endpoint.secrets).toHaveLength(1);
    expect(endpoint.secrets[0]!.secret).toMatch(/^whsec_/);
  },
  async updateWebhookEndpoint({ input }) {
    expect(await db().webhookEndpoint.findUniqueOrThrow({ where: { id: input.endpointId } })).toMatchObject({ url: input.url, eventKinds: input.eventKinds });
  },
  async setWebhookEndpointEnabled({ input }) {
    expect((await db().webhookEndpoint.findUniqueOrThrow({ where: { id: input.endpointId } })).disabledAt).toBeInstanceOf(Date);
  },
  async rotateWebhookSecret({ input }) {
    const secrets = await db().webhookSecret.findMany({ where: { endpointId: input.endpointId }, orderBy: { createdAt: "asc" } });
    expect(secrets).toHaveLength(2);
    expect(secrets[0]!.expiresAt).toBeInstanceOf(Date);
    expect(secrets[1]!.expiresAt).toBeNull();
  },
  async redeliverWebhook({ input }) {
    expect(await db().webhookDelivery.findUniqueOrThrow({ where: { id: input.deliveryId } })).toMatchObject({ status: "pending", attempts: 0 });
    expect(await db().jobOutbox.count({ where: { name: "webhooks.deliver", data: { equals: { deliveryId: input.deliveryId } } } })).toBe(1);
  },
  async deleteWebhookEndpoint({ input }) {
    expect(await db().webhookEndpoint.findUnique({ where: { id: input.endpointId } })).toBeNull();
  },
};
