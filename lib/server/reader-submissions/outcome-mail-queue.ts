import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { enqueue } from "@/lib/jobs/enqueue";

/**
 * Queues the outcome mail in the deciding transaction, so it is sent after commit and only
 * if the decision stands. Only a confirmed address is written to; an address confirmed
 * after the decision gets the mail from the confirmation (confirm-reader-email.ts).
 */
export async function queueOutcomeMail(tx: Prisma.TransactionClient, submission: { id: string; email: string | null; emailVerifiedAt: Date | null }) {
  if (!submission.email || !submission.emailVerifiedAt) return;
  await enqueue(tx, "reader.outcome-mail", { submissionId: submission.id }, { singletonKey: submission.id });
}
