// Records a domain event inside the command's transaction, beside its audit event, and
// queues its dispatch through the job outbox in the same transaction: the event and its
// delivery exist exactly when the change commits, and a process that dies after the
// commit loses nothing (the outbox row waits for the next worker; docs/decisions/0050).
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import type { EventKind } from "@/lib/domain/events/event-kinds";
import { enqueue } from "@/lib/jobs/enqueue";

export type DomainEventInput = {
  kind: EventKind;
  actor: Actor | null;
  subjectType: string;
  subjectId: string;
  /** The claim it concerns; its proof point and tracker are looked up. */
  claimId?: string;
  /** For events about a proof point rather than a claim. */
  proofPointId?: string;
  /** Small, self-contained facts (titles, statuses): they go out in webhooks as they are. */
  data: Record<string, unknown>;
  occurredAt?: Date;
};

type Scope = { claimId: string | null; proofPointId: string | null; trackerId: string | null; context: Record<string, unknown> };

const POINT_SELECT = { id: true, key: true, title: true, tracker: { select: { id: true, slug: true, title: true } } } as const;

// The ids that route the event, and the titles a mail or webhook needs to read on its own.
async function scopeOf(tx: Prisma.TransactionClient, event: DomainEventInput): Promise<Scope> {
  if (event.claimId) {
    const claim = await tx.claim.findUniqueOrThrow({ where: { id: event.claimId }, select: { statement: true, proofPoint: { select: POINT_SELECT } } });
    const point = claim.proofPoint;
    return {
      claimId: event.claimId,
      proofPointId: point.id,
      trackerId: point.tracker.id,
      context: { tracker: point.tracker, proofPoint: { id: point.id, key: point.key, title: point.title }, claim: { id: event.claimId, statement: claim.statement } },
    };
  }
  if (event.proofPointId) {
    const point = await tx.proofPoint.findUniqueOrThrow({ where: { id: event.proofPointId }, select: POINT_SELECT });
    return { claimId: null, proofPointId: point.id, trackerId: point.tracker.id, context: { tracker: point.tracker, proofPoint: { id: point.id, key: point.key, title: point.title } } };
  }
  return { claimId: null, proofPointId: null, trackerId: null, context: {} };
}

export async function recordDomainEvent(tx: Prisma.TransactionClient, event: DomainEventInput): Promise<string> {
  const { context, ...scope } = await scopeOf(tx, event);
  const row = await tx.domainEvent.create({
    data: {
      kind: event.kind,
      ...scope,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      actorId: event.actor?.id ?? null,
      data: JSON.parse(JSON.stringify({ ...context, ...event.data })) as Prisma.InputJsonObject,
      ...(event.occurredAt ? { occurredAt: event.occurredAt } : {}),
    },
    select: { id: true },
  });
  await enqueue(tx, "events.dispatch", { eventId: row.id }, { singletonKey: row.id });
  return row.id;
}
