"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction, type FormInput } from "@/lib/actions/form-action";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  redeliverWebhook,
  rotateWebhookSecret,
  setWebhookEndpointEnabled,
} from "@/lib/server/webhooks/endpoint-commands";

function list(input: FormInput, key: string): string[] {
  const value = input[key];
  return Array.isArray(value) ? value : value ? [value] : [];
}

// The secret is handed back once, in the form's state; it is not in the URL or any page load.
export const createWebhookEndpointAction = formAction(async ({ actor, input }) => {
  const created = await createWebhookEndpoint(actor, { url: input.url, description: input.description, trackerId: input.trackerId, eventKinds: list(input, "eventKinds") });
  revalidatePath("/admin/webhooks");
  return { status: "success", message: "Endpoint created. Copy its signing secret now: it is not shown again.", details: { secret: created.secret, endpointId: created.id } };
});

export const setWebhookEndpointEnabledAction = formAction(async ({ actor, input }) => {
  const enable = input.intent === "enable";
  await setWebhookEndpointEnabled(actor, { endpointId: input.endpointId, enabled: enable });
  revalidatePath("/admin/webhooks");
  return { status: "success", message: enable ? "Enabled: new events are delivered again." : "Disabled: no new deliveries, and waiting retries are cancelled." };
});

export const rotateWebhookSecretAction = formAction(async ({ actor, input }) => {
  const rotated = await rotateWebhookSecret(actor, { endpointId: input.endpointId, overlapHours: input.overlapHours });
  revalidatePath("/admin/webhooks");
  return {
    status: "success",
    message: `New secret made. Both secrets sign deliveries until ${rotated.oldSecretsExpireAt.toISOString().slice(0, 16).replace("T", " ")} UTC; copy the new one now: it is not shown again.`,
    details: { secret: rotated.secret },
  };
});

export const redeliverWebhookAction = formAction(async ({ actor, input }) => {
  await redeliverWebhook(actor, { deliveryId: input.deliveryId });
  revalidatePath("/admin/webhooks");
  return { status: "success", message: "Queued: it is sent again now, with a fresh set of retries." };
});

export const deleteWebhookEndpointAction = formAction(async ({ actor, input }) => {
  await deleteWebhookEndpoint(actor, { endpointId: input.endpointId });
  revalidatePath("/admin/webhooks");
  redirect("/admin/webhooks?deleted=1");
});
