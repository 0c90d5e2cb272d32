import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { recordDomainEvent } from "@/lib/server/events/record-domain-event";

type Submission = { id: string; kind: string; state: string; claimId: string | null; proofPointId: string | null };

/**
 * The workflow event of a reader's submission arriving or being decided, beside its audit
 * event: analysts who follow suggestions hear of it. It names the submission, never the
 * reader's text or address.
 */
export function recordSuggestionEvent(tx: Prisma.TransactionClient, kind: "suggestion.received" | "suggestion.decided", submission: Submission, actor: Actor | null) {
  return recordDomainEvent(tx, {
    kind,
    actor,
    subjectType: "ReaderSubmission",
    subjectId: submission.id,
    ...(submission.claimId ? { claimId: submission.claimId } : submission.proofPointId ? { proofPointId: submission.proofPointId } : {}),
    data: { suggestion: { id: submission.id, kind: submission.kind, state: submission.state } },
  });
}
