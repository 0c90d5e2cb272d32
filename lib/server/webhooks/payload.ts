// The JSON body of a webhook, in the Standard Webhooks shape: { type, timestamp, data }.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { serverEnv } from "@/lib/env";
import { describeEvent } from "@/lib/domain/notifications/event-text";

type EventRow = { id: string; kind: string; occurredAt: Date; trackerId: string | null; proofPointId: string | null; claimId: string | null; subjectType: string; subjectId: string; data: Prisma.JsonValue };

export function webhookPayloadOf(event: EventRow): Prisma.InputJsonObject {
  const text = describeEvent(event);
  return {
    type: event.kind,
    timestamp: event.occurredAt.toISOString(),
    data: {
      eventId: event.id,
      trackerId: event.trackerId,
      proofPointId: event.proofPointId,
      claimId: event.claimId,
      subject: { type: event.subjectType, id: event.subjectId },
      summary: text.headline,
      url: `${serverEnv().PUBLIC_BASE_URL}${text.path}`,
      ...((event.data ?? {}) as Prisma.InputJsonObject),
    },
  };
}
