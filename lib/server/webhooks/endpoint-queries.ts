// What the admin webhook pages read ("webhook:manage"): the endpoints with their last
// outcome, and one endpoint's 30-day delivery log with every attempt. Secrets never leave
// the server here; an admin sees a secret only when creating or rotating it.
import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { WEBHOOK_LOG_DAYS } from "@/lib/domain/webhooks/retry-schedule";
import { notFound } from "@/lib/errors/app-error";
import { toTimestamp } from "@/lib/server/read/serialize";
import { ZEndpointIdInput } from "@/lib/validation/notifications";
import { parseInput } from "@/lib/validation/parse";

export type EndpointSummary = {
  id: string;
  url: string;
  description: string;
  tracker: { id: string; title: string } | null;
  eventKinds: string[];
  createdAt: string;
  disabledAt: string | null;
  disabledReason: string | null;
  failingSince: string | null;
};

export type DeliveryAttemptRow = { attemptedAt: string; statusCode: number | null; latencyMs: number; responseHead: string; error: string | null };

export type DeliveryRow = {
  id: string;
  eventKind: string;
  status: string;
  attempts: number;
  createdAt: string;
  nextAttemptAt: string | null;
  attemptsLog: DeliveryAttemptRow[];
};

export type EndpointDetail = EndpointSummary & { secrets: { createdAt: string; expiresAt: string | null }[]; deliveries: DeliveryRow[] };

const DELIVERIES_SHOWN = 100;

type EndpointRow = { id: string; url: string; description: string; trackerId: string | null; eventKinds: string[]; createdAt: Date; disabledAt: Date | null; disabledReason: string | null; failingSince: Date | null };

function summaryOf(row: EndpointRow, trackers: Map<string, string>): EndpointSummary {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    tracker: row.trackerId ? { id: row.trackerId, title: trackers.get(row.trackerId) ?? "(a removed tracker)" } : null,
    eventKinds: row.eventKinds,
    createdAt: toTimestamp(row.createdAt),
    disabledAt: row.disabledAt ? toTimestamp(row.disabledAt) : null,
    disabledReason: row.disabledReason,
    failingSince: row.failingSince ? toTimestamp(row.failingSince) : null,
  };
}

async function trackerTitles(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await getDb().tracker.findMany({ where: { id: { in: wanted } }, select: { id: true, title: true } });
  return new Map(rows.map((row) => [row.id, row.title]));
}

export async function listWebhookEndpoints(actor: Actor | null): Promise<EndpointSummary[]> {
  requirePermission(actor, "webhook:manage");
  const rows = await getDb().webhookEndpoint.findMany({ orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  const trackers = await trackerTitles(rows.map((row) => row.trackerId));
  return rows.map((row) => summaryOf(row, trackers));
}

/** The trackers an endpoint may be limited to (any tracker: an endpoint may watch a draft). */
export async function listWebhookTrackers(actor: Actor | null): Promise<{ id: string; title: string }[]> {
  requirePermission(actor, "webhook:manage");
  return getDb().tracker.findMany({ orderBy: [{ title: "asc" }, { id: "asc" }], select: { id: true, title: true } });
}

export async function getWebhookEndpoint(actor: Actor | null, input: unknown, now: Date = new Date()): Promise<EndpointDetail> {
  requirePermission(actor, "webhook:manage");
  const { endpointId } = parseInput(ZEndpointIdInput, input);
  const db = getDb();
  const row = await db.webhookEndpoint.findUnique({ where: { id: endpointId } });
  if (!row) throw notFound("The webhook endpoint");
  const since = new Date(now.getTime() - WEBHOOK_LOG_DAYS * 24 * 3600 * 1000);
  const [trackers, secrets, deliveries] = await Promise.all([
    trackerTitles([row.trackerId]),
    db.webhookSecret.findMany({ where: { endpointId }, orderBy: { createdAt: "desc" }, select: { createdAt: true, expiresAt: true } }),
    db.webhookDelivery.findMany({
      where: { endpointId, createdAt: { gte: since } },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: DELIVERIES_SHOWN,
      select: { id: true, eventKind: true, status: true, attempts: true, createdAt: true, nextAttemptAt: true, attemptsLog: { orderBy: { attemptedAt: "desc" } } },
    }),
  ]);
  return {
    ...summaryOf(row, trackers),
    secrets: secrets.filter((secret) => secret.expiresAt === null || secret.expiresAt > now).map((secret) => ({ createdAt: toTimestamp(secret.createdAt), expiresAt: secret.expiresAt ? toTimestamp(secret.expiresAt) : null })),
    deliveries: deliveries.map((delivery) => ({
      id: delivery.id,
      eventKind: delivery.eventKind,
      status: delivery.status,
      attempts: delivery.attempts,
      createdAt: toTimestamp(delivery.createdAt),
      nextAttemptAt: delivery.nextAttemptAt ? toTimestamp(delivery.nextAttemptAt) : null,
      attemptsLog: delivery.attemptsLog.map((attempt) => ({
        attemptedAt: toTimestamp(attempt.attemptedAt),
        statusCode: attempt.statusCode,
        latencyMs: attempt.latencyMs,
        responseHead: attempt.responseHead,
        error: attempt.error,
      })),
    })),
  };
}
