// The reader's optional address against a real SMTP receiver: a confirmation mail after
// the submission commits, the outcome mail only to a confirmed address, once, and
// nothing queued by a decision that was refused.
import { afterAll, describe, expect, it } from "vitest";
import { startMailReceiver } from "@/tests/support/mail-receiver";

const receiver = await startMailReceiver();
process.env.SMTP_URL = receiver.url;
process.env.MAIL_FROM = "Proofboard Test <mailer@proofboard.test>";
const { getDb } = await import("@/lib/db/client");
const { JOB_HANDLERS } = await import("@/lib/jobs/handlers");
const { acceptEvidenceSuggestion } = await import("@/lib/server/reader-submissions/accept-evidence-suggestion");
const { declineReaderSubmission } = await import("@/lib/server/reader-submissions/decline-reader-submission");
const { confirmReaderEmail } = await import("@/lib/server/reader-submissions/confirm-reader-email");
const { makeClaim, makeUser } = await import("../support/builders");
const { disputeReport, evidenceSuggestion, submitAsReader } = await import("../support/reader-fixtures");
const { EVIDENCE_ACCEPT_FIELDS } = await import("../support/reader-scenarios");

afterAll(() => receiver.stop());

const address = () => `reader-${crypto.randomUUID()}@example.org`;
const queued = (name: string, submissionId: string) => getDb().jobOutbox.count({ where: { name, singletonKey: submissionId } });
// What the worker does with a queued job; the job context is unused by these handlers.
const runJob = (name: string, submissionId: string) => JOB_HANDLERS[name]!({ submissionId }, {} as never);

async function confirmFromMail(to: string) {
  const [mail] = await receiver.waitFor(to);
  const token = new URL(/https?:\/\/\S+/.exec(mail!.text)![0]).searchParams.get("token")!;
  return { mail: mail!, token };
}

describe("reader mail", () => {
  it("mails a confirmation link after commit; only its hash is stored; it works once", async () => {
    const to = address();
    const submitted = await submitAsReader(disputeReport((await makeClaim()).id, { email: to }));
    expect(await receiver.messagesTo(to)).toEqual([]);
    expect(await queued("reader.confirm-email", submitted.id)).toBe(1);
    await runJob("reader.confirm-email", submitted.id);
    const { mail, token } = await confirmFromMail(to);
    expect(mail.subject).toContain("Confirm");
    const row = await getDb().readerSubmission.findUniqueOrThrow({ where: { id: submitted.id } });
    expect(row.emailTokenHash).not.toBeNull();
    expect(JSON.stringify(row)).not.toContain(token);
    await confirmReaderEmail({ token });
    expect((await getDb().readerSubmission.findUniqueOrThrow({ where: { id: submitted.id } })).emailVerifiedAt).toBeInstanceOf(Date);
    await expect(confirmReaderEmail({ token })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(confirmReaderEmail({ token: "" })).rejects.toMatchObject({ code: "INVALID_INPUT", fieldErrors: { token: expect.any(Array) } });
  });

  it("sends the outcome of an accepted link to a confirmed address, once, then erases the address", async () => {
    const to = address();
    const submitted = await submitAsReader(evidenceSuggestion((await makeClaim()).id, { email: to }));
    await runJob("reader.confirm-email", submitted.id);
    await confirmReaderEmail({ token: (await confirmFromMail(to)).token });
    const analyst = await makeUser({ roles: ["analyst"] });
    await acceptEvidenceSuggestion(analyst, { submissionId: submitted.id, ...EVIDENCE_ACCEPT_FIELDS });
    expect(await queued("reader.outcome-mail", submitted.id)).toBe(1);
    await runJob("reader.outcome-mail", submitted.id);
    const [, outcome] = await receiver.waitFor(to, 2);
    expect(outcome!.subject).toContain("accepted");
    await runJob("reader.outcome-mail", submitted.id);
    expect(await receiver.messagesTo(to)).toHaveLength(2);
    // Once told, the reader's address is erased.
    expect((await getDb().readerSubmission.findUniqueOrThrow({ where: { id: submitted.id } })).email).toBeNull();
  });

  it("never mails an outcome to an unconfirmed address; confirming later sends the decline and its reason", async () => {
    const to = address();
    const submitted = await submitAsReader(disputeReport((await makeClaim()).id, { email: to }));
    await runJob("reader.confirm-email", submitted.id);
    const { token } = await confirmFromMail(to);
    const analyst = await makeUser({ roles: ["analyst"] });
    await declineReaderSubmission(analyst, { submissionId: submitted.id, reason: "The record already says this." });
    expect(await queued("reader.outcome-mail", submitted.id)).toBe(0);
    await runJob("reader.outcome-mail", submitted.id);
    expect(await receiver.messagesTo(to)).toHaveLength(1);

    await confirmReaderEmail({ token });
    expect(await queued("reader.outcome-mail", submitted.id)).toBe(1);
    await runJob("reader.outcome-mail", submitted.id);
    const [, outcome] = await receiver.waitFor(to, 2);
    expect(outcome!.subject).toContain("declined");
    expect(outcome!.text).toContain("The record already says this.");
  });

  it("queues no outcome mail when the decision is refused", async () => {
    const to = address();
    const submitted = await submitAsReader(evidenceSuggestion((await makeClaim()).id, { email: to }));
    await runJob("reader.confirm-email", submitted.id);
    await confirmReaderEmail({ token: (await confirmFromMail(to)).token });
    const analyst = await makeUser({ roles: ["analyst"] });
    await expect(acceptEvidenceSuggestion(analyst, { submissionId: submitted.id, ...EVIDENCE_ACCEPT_FIELDS, title: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await queued("reader.outcome-mail", submitted.id)).toBe(0);
  });
});
