import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { currentRequestContext } from "./request-context";

export type AuditEntity =
  | "User"
  | "SignInThrottle"
  | "Tracker"
  | "ProofPoint"
  | "Claim"
  | "Evidence"
  | "Source"
  | "StatusProposal"
  | "ForecastQuestion"
  | "Forecast"
  | "SourceGradeProposal"
  | "Job"
  | "ReaderSubmission"
  | "CorrectionsPolicy"
  | "WebhookEndpoint"
  | "WebhookDelivery"
  | "NotificationSettings";

export type AuditEventInput = {
  actor: Actor | null;
  action: string;
  entityType: AuditEntity;
  entityId: string;
  before?: unknown;
  after?: unknown;
};

// Dates become ISO strings and undefined disappears, as they would in any JSON export.
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/** Appends an audit event inside the caller's transaction, so it commits or rolls back with the change. */
export async function recordAuditEvent(tx: Prisma.TransactionClient, event: AuditEventInput): Promise<void> {
  const request = await currentRequestContext();
  await tx.auditEvent.create({
    data: {
      ipAddress: request.ipAddress,
      userAgent: request.userAgent,
      actorId: event.actor?.id ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: snapshot(event.before),
      after: snapshot(event.after),
    },
  });
}
