// Admins' webhook endpoint commands ("webhook:manage"), each audited. Secrets are never
// written to the audit log; the new secret is returned once, for the admin to copy.
import "server-only";
import { randomBytes } from "node:crypto";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError, notFound } from "@/lib/errors/app-error";
import { enqueue } from "@/lib/jobs/enqueue";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { commandNow, inTransaction } from "@/lib/server/transaction";
import { parseInput } from "@/lib/validation/parse";
import {
  ZCreateWebhookEndpointInput,
  ZEndpointIdInput,
  ZRedeliverWebhookInput,
  ZRotateWebhookSecretInput,
  ZSetWebhookEndpointEnabledInput,
  ZUpdateWebhookEndpointInput,
} from "@/lib/validation/notifications";
import type { Prisma } from "@/generated/prisma/client";

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

async function assertTracker(tx: Prisma.TransactionClient, trackerId: string | undefined) {
  if (trackerId && !(await tx.tracker.findUnique({ where: { id: trackerId }, select: { id: true } }))) {
    throw new AppError("INVALID_INPUT", "trackerId: choose a tracker from the list, or site-wide", { fieldErrors: { trackerId: ["choose a tracker from the list, or site-wide"] } });
  }
}

async function lockEndpoint(tx: Prisma.TransactionClient, endpointId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM webhook_endpoints WHERE id = ${endpointId} FOR UPDATE`;
  if (!row) throw notFound("The webhook endpoint");
  return tx.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
}

const view = (endpoint: { url: string; description: string; trackerId: string | null; eventKinds: string[]; disabledAt: Date | null }) => ({
  url: endpoint.url,
  description: endpoint.description,
  trackerId: endpoint.trackerId,
  eventKinds: endpoint.eventKinds,
  disabledAt: endpoint.disabledAt,
});

export async function createWebhookEndpoint(actor: Actor | null, input: unknown) {
  const admin = requirePermission(actor, "webhook:manage");
  const data = parseInput(ZCreateWebhookEndpointInput, input);
  return inTransaction(async (tx) => {
    await assertTracker(tx, data.trackerId);
    const secret = newWebhookSecret();
    const endpoint = await tx.webhookEndpoint.create({
      data: { url: data.url, description: data.description, trackerId: data.trackerId ?? null, eventKinds: data.eventKinds, createdById: admin.id, secrets: { create: { secret } } },
    });
    await recordAuditEvent(tx, { actor: admin, action: "webhook.create", entityType: "WebhookEndpoint", entityId: endpoint.id, after: view(endpoint) });
    return { id: endpoint.id, secret };
  });
}

export async function updateWebhookEndpoint(actor: Actor | null, input: unknown) {
  const admin = requirePermission(actor, "webhook:manage");
  const data = parseInput(ZUpdateWebhookEndpointInput, input);
  return inTransaction(async (tx) => {
    const before = await lockEndpoint(tx, data.endpointId);
    await assertTracker(tx, data.trackerId);
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: before.id },
      data: { url: data.url, description: data.description, trackerId: data.trackerId ?? null, eventKinds: data.eventKinds },
    });
    await recordAuditEvent(tx, { actor: admin, action: "webhook.update", entityType: "WebhookEndpoint", entityId: endpoint.id, before: view(before), after: view(endpoint) });
    return { id: endpoint.id };
  });
}

/** Disabling stops new deliveries and cancels waiting retries; enabling starts afresh (no failure streak). */
export async function setWebhookEndpointEnabled(actor: Actor | null, input: unknown) {
  const admin = requirePermission(actor, "webhook:manage");
  const data = parseInput(ZSetWebhookEndpointEnabledInput, input);
  return inTransaction(async (tx) => {
    const before = await lockEndpoint(tx, data.endpointId);
    const now = await commandNow(tx, {});
    const endpoint = await tx.webhookEndpoint.update({
      where: { id: before.id },
      data: data.enabled ? { disabledAt: null, disabledReason: null, failingSince: null } : { disabledAt: before.disabledAt ?? now, disabledReason: before.disabledReason ?? "Disabled by an admin." },
    });
    if (!data.enabled) await tx.webhookDelivery.updateMany({ where: { endpointId: before.id, status: "pending" }, data: { status: "cancelled", nextAttemptAt: null } });
    await recordAuditEvent(tx, {
      actor: admin,
      action: data.enabled ? "webhook.enable" : "webhook.disable",
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      before: { disabledAt: before.disabledAt, disabledReason: before.disabledReason },
      after: { disabledAt: endpoint.disabledAt, disabledReason: endpoint.disabledReason },
    });
    return { id: endpoint.id, enabled: endpoint.disabledAt === null };
  });
}

/** A new secret signs from now on; the current ones keep signing beside it until the overlap ends. */
export async function rotateWebhookSecret(actor: Actor | null, input: unknown) {
  const admin = requirePermission(actor, "webhook:manage");
  const data = parseInput(ZRotateWebhookSecretInput, input);
  return inTransaction(async (tx) => {
    const endpoint = await lockEndpoint(tx, data.endpointId);
    // The app's clock, as deliveries compare it with the same clock when they sign.
    const now = new Date();
    const overlapEnds = new Date(now.getTime() + data.overlapHours * 3600 * 1000);
    await tx.webhookSecret.updateMany({ where: { endpointId: endpoint.id, OR: [{ expiresAt: null }, { expiresAt: { gt: overlapEnds } }] }, data: { expiresAt: overlapEnds } });
    const secret = newWebhookSecret();
    await tx.webhookSecret.create({ data: { endpointId: endpoint.id, secret, createdAt: now } });
    await recordAuditEvent(tx, { actor: admin, action: "webhook.rotate-secret", entityType: "WebhookEndpoint", entityId: endpoint.id, after: { oldSecretsExpireAt: overlapEnds } });
    return { id: endpoint.id, secret, oldSecretsExpireAt: overlapEnds };
  });
}

/** Sends a logged delivery again now, with a fresh retry schedule; the webhook-id stays. */
export async function redeliverWebhook(actor: Actor | null, input: unknown) {
  const admin = requirePermission(actor, "webhook:manage");
  const data = parseInput(ZRedeliverWebhookInput, input);
  return inTransaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM webhook_deliveries WHERE id = ${data.deliveryId} FOR UPDATE`;
    if (!row) throw notFound("The delivery");
    const delivery = await tx.webhookDelivery.findUniqueOrThrow({ where: { id: row.id }, include: { endpoint: { select: { disabledAt: true } } } });
    if (delivery.endpoint.disabledAt) throw new AppError("CONFLICT", "This endpoint is disabled: enable it first, then redeliver.");
    if (delivery.status === "pending") throw new AppError("CONFLICT", "This delivery is already waiting for its next attempt.");
    const now = await commandNow(tx, {});
    await tx.webhookDelivery.update({ where: { id: delivery.id }, data: { status: "pending", attempts: 0, nextAttemptAt: now } });
    await enqueue(tx, "webhooks.deliver", { deliveryId: delivery.id }, { singletonKey: delivery.id });
    await recordAuditEvent(tx, { actor: admin, action: "webhook.redeliver", entityType: "WebhookDelivery", entityId: delivery.id, before: { status: delivery.status, attempts: delivery.attempts }, after: { status: "pending" } });
    return { id: delivery.id };
  });
}

/** Removes an endpoint with its secrets and delivery log. */
export async function deleteWebhookEndpoint(actor: Actor | null, input: unknown) {
  const admin = requirePermission(actor, "webhook:manage");
  const data = parseInput(ZEndpointIdInput, input);
  return inTransaction(async (tx) => {
    const before = await lockEndpoint(tx, data.endpointId);
    await tx.webhookEndpoint.delete({ where: { id: before.id } });
    await recordAuditEvent(tx, { actor: admin, action: "webhook.delete", entityType: "WebhookEndpoint", entityId: before.id, before: view(before) });
    return { id: before.id };
  });
}
