// Notification mail against a real SMTP server (the mail catcher, started here): an approval
// mails the proposer at once, with RFC 8058 one-click unsubscribe headers; a reader's follow
// is mailed a confirmation first and gets nothing until confirmed; digests group a window's
// events by kind and never send a window twice; the unsubscribe route answers a mail
// client's POST at once, shows a browser a page instead of acting on a GET, and refuses bad
// links with a message and no change.
import { afterAll, describe, expect, it } from "vitest";
import { startMailReceiver } from "@/tests/support/mail-receiver";

const receiver = await startMailReceiver();
process.env.SMTP_URL = receiver.url;
process.env.MAIL_FROM = "Proofboard Test <mailer@proofboard.test>";

const { getDb } = await import("@/lib/db/client");
const { dispatchEvent } = await import("@/lib/server/events/dispatch-event");
const { JOB_HANDLERS } = await import("@/lib/jobs/handlers");
const { sendDigests } = await import("@/lib/server/notifications/send-digests");
const { setNotificationPreferences } = await import("@/lib/server/notifications/preference-commands");
const { confirmFollow, followByEmail } = await import("@/lib/server/notifications/reader-commands");
const { ensureNotificationSettings } = await import("@/lib/server/notifications/preferences-of");
const { addEvidence } = await import("@/lib/server/evidence/add-evidence");
const { POST, GET } = await import("@/app/api/unsubscribe/[token]/route");
const { evidenceInput, makeApprovedChange, makeClaim, makeProposal, makeTracker, makeUser } = await import("../support/builders");

afterAll(() => receiver.stop());

const db = () => getDb();

/** Runs the worker's handler for every queued job of `name` (the outbox rows), as the worker would. */
async function runQueued(name: string): Promise<void> {
  const rows = await db().jobOutbox.findMany({ where: { name }, orderBy: { id: "asc" } });
  await db().jobOutbox.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } });
  for (const row of rows) await JOB_HANDLERS[name]!(row.data, { id: String(row.id), name, retryCount: 0 } as never);
}

/** Dispatches every queued event, then sends every mail that queued. */
async function deliverEvents(): Promise<void> {
  await runQueued("events.dispatch");
  await runQueued("notifications.mail-event");
}

async function publicClaim() {
  const tracker = await makeTracker({ proofPoints: 1 });
  // A statement of its own, so a mail listing several claims shows which is which.
  const statement = `The prototype ${crypto.randomUUID().slice(0, 8)} exposes wafers at volume.`;
  return { tracker, claim: await makeClaim({ proofPointId: tracker.proofPoints[0]!.id, statement }) };
}

function unsubscribeLink(headers: Record<string, string>): URL {
  return new URL(headers["list-unsubscribe"]!.replace(/^<|>$/g, ""));
}

async function post(url: URL): Promise<Response> {
  const token = decodeURIComponent(url.pathname.split("/").pop()!);
  const request = new Request(url, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
  return POST(request, { params: Promise.resolve({ token }) });
}

describe("an approval", () => {
  it("mails the proposer at once, once, with one-click unsubscribe headers", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const { claim } = await publicClaim();
    await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported", proposer: analyst });
    await deliverEvents();
    const [mail, ...more] = await receiver.waitFor(analyst.email);
    expect(more).toHaveLength(0);
    expect(mail!.subject).toContain("was approved");
    expect(mail!.text).toContain(claim.statement);
    expect(mail!.text).toContain("/workspace/proposals");
    expect(mail!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(unsubscribeLink(mail!.headers).pathname).toMatch(/^\/api\/unsubscribe\/[A-Za-z0-9_-]+$/);
    expect(unsubscribeLink(mail!.headers).searchParams.get("kind")).toBe("proposal.decided");

    // The same event dispatched again (a retried job) mails nobody twice.
    const event = await db().domainEvent.findFirstOrThrow({ where: { claimId: claim.id, kind: "proposal.decided" } });
    await dispatchEvent(event.id);
    await runQueued("notifications.mail-event");
    expect(await receiver.messagesTo(analyst.email)).toHaveLength(1);
  });

  it("mails nobody who turned the kind off", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    await setNotificationPreferences(analyst, { preferences: { "proposal.decided": "off" } });
    const { claim } = await publicClaim();
    await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported", proposer: analyst });
    await deliverEvents();
    expect(await receiver.messagesTo(analyst.email)).toHaveLength(0);
  });
});

describe("a reader's follow", () => {
  it("is mailed a confirmation link, gets nothing before confirming, and the claim's news after", async () => {
    const { claim } = await publicClaim();
    const reader = `reader-${crypto.randomUUID()}@example.org`;
    const unconfirmed = `lazy-${crypto.randomUUID()}@example.org`;
    await followByEmail({ email: reader, cadence: "immediate", claimId: claim.id });
    await followByEmail({ email: unconfirmed, cadence: "immediate", claimId: claim.id });
    await runQueued("notifications.confirm-follow");

    const [confirmation] = await receiver.waitFor(reader);
    expect(confirmation!.subject).toBe("Confirm that you want Proofboard updates");
    const token = /\/follow\/([A-Za-z0-9_-]+)/.exec(confirmation!.text)?.[1];
    expect(token).toBeDefined();
    // Nothing before confirming.
    const analyst = await makeUser({ roles: ["analyst"] });
    await addEvidence(analyst, evidenceInput(claim.id, { title: `Before confirming ${crypto.randomUUID()}` }));
    await deliverEvents();
    expect(await receiver.messagesTo(reader)).toHaveLength(1);

    expect(await confirmFollow({ token })).toMatchObject({ alreadyConfirmed: false });
    expect(await confirmFollow({ token })).toMatchObject({ alreadyConfirmed: true });
    const title = `After confirming ${crypto.randomUUID()}`;
    await addEvidence(analyst, evidenceInput(claim.id, { title }));
    await deliverEvents();
    const mails = await receiver.waitFor(reader, 2);
    expect(mails[1]!.subject).toContain(title);
    expect(mails[1]!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    // The one who never confirmed got the confirmation only.
    expect((await receiver.messagesTo(unconfirmed)).map((mail) => mail.subject)).toEqual(["Confirm that you want Proofboard updates"]);
  });
});

describe("digests", () => {
  it("group a window's events by kind, in the order of the kinds, and never send a window twice", async () => {
    const reviewer = await makeUser({ roles: ["reviewer"] });
    await setNotificationPreferences(reviewer, { preferences: { "proposal.filed": "daily", "status.approved": "daily", "proposal.decided": "off", "claim.re-review-flagged": "off", "suggestion.received": "off" } });
    const { claim: first } = await publicClaim();
    const { claim: second } = await publicClaim();
    await makeProposal({ claimId: first.id });
    await makeApprovedChange({ claimId: second.id, toStatus: "partially_supported" });
    const runAt = new Date(Date.now() + 1000);
    await sendDigests("daily", runAt);

    const [digest] = await receiver.waitFor(reviewer.email);
    expect(digest!.subject).toMatch(/^Your daily Proofboard digest: \d+ updates$/);
    const text = digest!.text;
    const approvedAt = text.search(/^Status approved \(\d+\)$/m);
    const filedAt = text.search(/^Proposal filed \(\d+\)$/m);
    expect(approvedAt).toBeGreaterThanOrEqual(0);
    expect(filedAt).toBeGreaterThan(approvedAt);
    // Each claim is listed under its own kind: the approval under "Status approved", both proposals under "Proposal filed".
    expect(text.slice(approvedAt, filedAt)).toContain(second.statement);
    expect(text.slice(filedAt)).toContain(first.statement);
    expect(text.slice(filedAt)).toContain(second.statement);
    expect(text).not.toMatch(/^Proposal decided/m);

    await sendDigests("daily", runAt);
    await sendDigests("daily", new Date(runAt.getTime() + 1000));
    expect(await receiver.messagesTo(reviewer.email)).toHaveLength(1);
  });

  it("give a reader's follow only the public events of what it follows", async () => {
    const { tracker, claim } = await publicClaim();
    const reader = `digest-${crypto.randomUUID()}@example.org`;
    await followByEmail({ email: reader, cadence: "weekly", trackerId: tracker.id });
    const follow = await db().readerFollow.findFirstOrThrow({ where: { email: reader } });
    await confirmFollow({ token: follow.token });
    await makeApprovedChange({ claimId: claim.id, toStatus: "partially_supported" });
    const { claim: elsewhere } = await publicClaim();
    await makeApprovedChange({ claimId: elsewhere.id, toStatus: "partially_supported" });
    await sendDigests("weekly", new Date(Date.now() + 1000));

    const [digest] = await receiver.waitFor(reader);
    // The approval and the evidence its proposal cited: both public, both on this tracker.
    expect(digest!.subject).toBe(`This week on ${tracker.title}: 2 updates`);
    expect(digest!.text).toMatch(/^Status approved \(1\)$/m);
    expect(digest!.text).toMatch(/^Evidence added \(1\)$/m);
    expect(digest!.text).not.toMatch(/Proposal filed|Proposal decided/);
    expect(digest!.text).not.toContain(elsewhere.statement);
    expect(digest!.headers["list-unsubscribe"]).toContain(follow.token);
  });
});

describe("the one-click unsubscribe route", () => {
  it("ends a reader's follow on a mail client's POST, says so again on a second, and no mail follows", async () => {
    const { claim } = await publicClaim();
    const reader = `stop-${crypto.randomUUID()}@example.org`;
    await followByEmail({ email: reader, cadence: "immediate", claimId: claim.id });
    const follow = await db().readerFollow.findFirstOrThrow({ where: { email: reader } });
    await runQueued("notifications.confirm-follow");
    const [confirmation] = await receiver.waitFor(reader);
    await confirmFollow({ token: follow.token });

    const first = await post(unsubscribeLink(confirmation!.headers));
    expect(first.status).toBe(200);
    expect(await first.text()).toContain("You no longer follow this claim.");
    expect((await db().readerFollow.findUniqueOrThrow({ where: { id: follow.id } })).unsubscribedAt).toBeInstanceOf(Date);
    const second = await post(unsubscribeLink(confirmation!.headers));
    expect(second.status).toBe(200);

    await addEvidence(await makeUser({ roles: ["analyst"] }), evidenceInput(claim.id));
    await deliverEvents();
    expect(await receiver.messagesTo(reader)).toHaveLength(1);
  });

  it("turns off one kind of a person's mail with the kind in the link", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const settings = await ensureNotificationSettings(db(), analyst.id);
    const response = await post(new URL(`http://localhost/api/unsubscribe/${settings.unsubscribeToken}?kind=proposal.decided`));
    expect(response.status).toBe(200);
    const rows = await db().notificationPreference.findMany({ where: { userId: analyst.id } });
    expect(rows.map((row) => [row.kind, row.cadence])).toEqual([["proposal.decided", "off"]]);
  });

  it("answers a browser's GET with the confirm page and changes nothing", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const settings = await ensureNotificationSettings(db(), analyst.id);
    const response = await GET(new Request(`http://localhost/api/unsubscribe/${settings.unsubscribeToken}?cadence=daily`), { params: Promise.resolve({ token: settings.unsubscribeToken }) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe/${settings.unsubscribeToken}?cadence=daily`);
    expect(await db().notificationPreference.count({ where: { userId: analyst.id } })).toBe(0);
  });

  it("refuses an unknown token and a kind that does not exist with a 4xx in words, changing nothing", async () => {
    const analyst = await makeUser({ roles: ["analyst"] });
    const settings = await ensureNotificationSettings(db(), analyst.id);
    const unknown = await post(new URL(`http://localhost/api/unsubscribe/${"z".repeat(32)}`));
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toMatch(/unsubscribe link is not valid/);
    const badKind = await post(new URL(`http://localhost/api/unsubscribe/${settings.unsubscribeToken}?kind=claim.deleted`));
    expect(badKind.status).toBe(400);
    expect(await badKind.text()).toBe("The kind of mail in the link names a kind of update that does not exist.\n");
    const badToken = await post(new URL("http://localhost/api/unsubscribe/short"));
    expect(badToken.status).toBe(400);
    expect(await badToken.text()).toBe("The unsubscribe link is not a valid link.\n");
    expect(await db().notificationPreference.count({ where: { userId: analyst.id } })).toBe(0);
  });
});
