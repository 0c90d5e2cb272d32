import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { parseInput } from "@/lib/validation/parse";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { inTransaction } from "@/lib/server/transaction";
import { queueOutcomeMail } from "./outcome-mail-queue";
import { hashEmailToken } from "./submit-reader-submission";

const ZConfirmEmailInput = z.object({ token: z.string({ error: "is missing from the link" }).trim().min(10, "is missing from the link").max(200, "is not a link we sent") });

/**
 * Confirms the address a reader gave, from the token we mailed (its hash is what is
 * stored, and it works once). A submission decided before the confirmation gets its
 * outcome mail now. No actor: the token is the reader's proof.
 */
export async function confirmReaderEmail(input: unknown) {
  const { token } = parseInput(ZConfirmEmailInput, input);
  return inTransaction(async (tx) => {
    const submission = await tx.readerSubmission.findUnique({ where: { emailTokenHash: hashEmailToken(token) } });
    if (!submission || submission.emailVerifiedAt) throw new AppError("NOT_FOUND", "This confirmation link is not valid or was already used.");
    const confirmed = await tx.readerSubmission.update({ where: { id: submission.id }, data: { emailVerifiedAt: new Date(), emailTokenHash: null } });
    await recordAuditEvent(tx, { actor: null, action: "reader-submission.confirm-email", entityType: "ReaderSubmission", entityId: submission.id, after: { emailConfirmed: true } });
    if (confirmed.state !== "new") await queueOutcomeMail(tx, confirmed);
    return { submissionId: submission.id };
  });
}
