// The mail sender against a real SMTP server (the local mail catcher, started here), the
// messages read back with mailparser.
import { afterAll, describe, expect, it } from "vitest";
import { startMailReceiver } from "@/tests/support/mail-receiver";

const receiver = await startMailReceiver();
process.env.SMTP_URL = receiver.url;
process.env.MAIL_FROM = "Proofboard Test <mailer@proofboard.test>";
const { sendMail, isMailConfigured } = await import("@/lib/server/mail/send-mail");

afterAll(() => receiver.stop());

describe("sendMail", () => {
  it("delivers text and HTML from MAIL_FROM to the recipient", async () => {
    expect(isMailConfigured()).toBe(true);
    const to = `reader-${crypto.randomUUID()}@example.org`;
    const sent = await sendMail({ to, subject: "Box ticked: Ü check", text: "Plain body", html: "<p>HTML body</p>" });
    const [mail] = await receiver.waitFor(to);
    expect(sent.messageId).toMatch(/@/);
    expect(mail!.subject).toBe("Box ticked: Ü check");
    expect(mail!.from).toContain("mailer@proofboard.test");
    expect(mail!.text.trim()).toBe("Plain body");
    expect(mail!.html).toContain("<p>HTML body</p>");
    expect(mail!.headers["list-unsubscribe"]).toBeUndefined();
  });

  it("adds RFC 8058 one-click unsubscribe headers when given an unsubscribe link", async () => {
    const to = `reader-${crypto.randomUUID()}@example.org`;
    await sendMail({ to, subject: "Digest", text: "Body", unsubscribeUrl: "http://localhost:3000/unsubscribe/abc", headers: { "X-Proofboard-Kind": "digest" } });
    const [mail] = await receiver.waitFor(to);
    expect(mail!.headers["list-unsubscribe"]).toBe("<http://localhost:3000/unsubscribe/abc>");
    expect(mail!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail!.headers["x-proofboard-kind"]).toBe("digest");
  });
});
