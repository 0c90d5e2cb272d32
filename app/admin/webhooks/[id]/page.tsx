import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { formatDateTime } from "@/components/admin/format-date-time";
import { DeliveryLog } from "@/components/admin/webhooks/delivery-log";
import { WebhookButtonForm } from "@/components/admin/webhooks/webhook-button-form";
import { Field, formStyles, inputClass } from "@/components/forms";
import { Forbidden } from "@/components/forbidden";
import { EVENT_KIND_INFO, isEventKind } from "@/lib/domain/events/event-kinds";
import { WEBHOOK_LOG_DAYS } from "@/lib/domain/webhooks/retry-schedule";
import { isAppError } from "@/lib/errors/app-error";
import { getWebhookEndpoint } from "@/lib/server/webhooks/endpoint-queries";
import { adminActorOrNull } from "../../admin-actor";
import { deleteWebhookEndpointAction, redeliverWebhookAction, rotateWebhookSecretAction, setWebhookEndpointEnabledAction } from "../actions";

export const metadata: Metadata = { title: "Webhook endpoint", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export default async function WebhookEndpointPage({ params }: Props) {
  const { id } = await params;
  const actor = await adminActorOrNull(`/admin/webhooks/${id}`, "webhook:manage");
  if (!actor) return <Forbidden what="manage webhooks" />;
  const endpoint = await getWebhookEndpoint(actor, { endpointId: id }).catch((error: unknown) => {
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT")) notFound();
    throw error;
  });
  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link> · <Link href="/admin/webhooks">Webhooks</Link>
      </p>
      <h1 style={{ overflowWrap: "anywhere" }}>{endpoint.description || endpoint.url}</h1>
      <dl>
        <dt>URL</dt>
        <dd style={{ overflowWrap: "anywhere" }}>
          <code>{endpoint.url}</code>
        </dd>
        <dt>Scope</dt>
        <dd>{endpoint.tracker ? endpoint.tracker.title : "Site-wide"}</dd>
        <dt>Events</dt>
        <dd>{endpoint.eventKinds.map((kind) => (isEventKind(kind) ? EVENT_KIND_INFO[kind].label : kind)).join(", ")}</dd>
        <dt>State</dt>
        <dd>
          {endpoint.disabledAt ? `Disabled since ${formatDateTime(endpoint.disabledAt)}: ${endpoint.disabledReason ?? ""}` : endpoint.failingSince ? `Enabled, failing since ${formatDateTime(endpoint.failingSince)}` : "Enabled"}
        </dd>
        <dt>Signing secrets</dt>
        <dd>
          {endpoint.secrets.map((secret) => `made ${formatDateTime(secret.createdAt)}${secret.expiresAt ? `, signs until ${formatDateTime(secret.expiresAt)}` : ""}`).join("; ")}
        </dd>
      </dl>

      <h2>Manage</h2>
      <WebhookButtonForm
        action={setWebhookEndpointEnabledAction}
        fields={{ endpointId: endpoint.id, intent: endpoint.disabledAt ? "enable" : "disable" }}
        label={endpoint.disabledAt ? "Enable the endpoint" : "Disable the endpoint"}
      />
      <WebhookButtonForm action={rotateWebhookSecretAction} fields={{ endpointId: endpoint.id }} label="Rotate the secret">
        <Field id="overlapHours" label="Hours the old secret keeps signing" hint="0 to 168; deliveries carry both signatures meanwhile.">
          {(aria) => <input {...aria} name="overlapHours" type="number" min={0} max={168} defaultValue={24} className={inputClass} />}
        </Field>
      </WebhookButtonForm>
      <div className={formStyles.form}>
        <WebhookButtonForm action={deleteWebhookEndpointAction} fields={{ endpointId: endpoint.id }} label="Delete the endpoint and its log" />
      </div>

      <h2>Deliveries of the last {WEBHOOK_LOG_DAYS} days</h2>
      <DeliveryLog deliveries={endpoint.deliveries} redeliverAction={redeliverWebhookAction} canRedeliver={!endpoint.disabledAt} />
    </div>
  );
}
