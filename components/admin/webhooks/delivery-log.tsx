import { formatDateTime } from "@/components/admin/format-date-time";
import type { FormState } from "@/lib/actions/form-state";
import { EVENT_KIND_INFO, isEventKind } from "@/lib/domain/events/event-kinds";
import type { DeliveryRow } from "@/lib/server/webhooks/endpoint-queries";
import { WebhookButtonForm } from "./webhook-button-form";

type Props = { deliveries: DeliveryRow[]; redeliverAction: (state: FormState, formData: FormData) => Promise<FormState>; canRedeliver: boolean };

const STATUS_WORDS: Record<string, string> = { pending: "Waiting to retry", succeeded: "Delivered", failed: "Failed (retries spent)", cancelled: "Cancelled" };

/** One entry per delivery, newest first, with each attempt's status, latency and the response's first bytes. */
export function DeliveryLog({ deliveries, redeliverAction, canRedeliver }: Props) {
  if (deliveries.length === 0) return <p>No deliveries in this period.</p>;
  return (
    <ol aria-label={`${deliveries.length} deliveries, newest first`} style={{ paddingInlineStart: "1.25rem" }}>
      {deliveries.map((delivery) => (
        <li key={delivery.id} style={{ overflowWrap: "anywhere", marginBlock: "0.75rem" }}>
          <p>
            <strong>{isEventKind(delivery.eventKind) ? EVENT_KIND_INFO[delivery.eventKind].label : delivery.eventKind}</strong> ·{" "}
            {STATUS_WORDS[delivery.status] ?? delivery.status} · {delivery.attempts} {delivery.attempts === 1 ? "attempt" : "attempts"} · {formatDateTime(delivery.createdAt)}
            {delivery.nextAttemptAt && delivery.status === "pending" ? ` · next try ${formatDateTime(delivery.nextAttemptAt)}` : ""}
          </p>
          <p className="muted">
            <code>{delivery.id}</code>
          </p>
          {delivery.attemptsLog.length > 0 ? (
            <ul>
              {delivery.attemptsLog.map((attempt) => (
                <li key={attempt.attemptedAt}>
                  {formatDateTime(attempt.attemptedAt)} · {attempt.statusCode === null ? "no answer" : `HTTP ${attempt.statusCode}`} · {attempt.latencyMs} ms
                  {attempt.error && attempt.statusCode === null ? ` · ${attempt.error}` : ""}
                  {attempt.responseHead ? (
                    <pre className="caught-mail-text">
                      <code>{attempt.responseHead}</code>
                    </pre>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {canRedeliver && delivery.status !== "pending" ? <WebhookButtonForm action={redeliverAction} fields={{ deliveryId: delivery.id }} label="Redeliver" /> : null}
        </li>
      ))}
    </ol>
  );
}
