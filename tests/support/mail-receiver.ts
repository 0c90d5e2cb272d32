// A real SMTP server for a test file: the app's mail catcher on a free port and a fresh
// temp folder, with the messages parsed by mailparser. Set SMTP_URL to `receiver.url`
// before the app first reads its environment.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startMailCatcher, type MailCatcher } from "@/lib/mail/catcher";
import { listCaughtMail, type CaughtMail } from "@/lib/mail/caught-mail";

export type MailReceiver = {
  url: string;
  /** Every message so far, oldest first. */
  messages(): Promise<CaughtMail[]>;
  /** Messages to one address, oldest first. */
  messagesTo(address: string): Promise<CaughtMail[]>;
  /** Waits until `count` messages to the address have arrived (fails after `timeoutMs`). */
  waitFor(address: string, count?: number, timeoutMs?: number): Promise<CaughtMail[]>;
  stop(): Promise<void>;
};

export async function startMailReceiver(): Promise<MailReceiver> {
  const dir = mkdtempSync(path.join(tmpdir(), "proofboard-mail-"));
  const catcher: MailCatcher = await startMailCatcher({ dir, port: 0 });
  const messages = async () => (await listCaughtMail(dir, 10_000)).reverse();
  const messagesTo = async (address: string) => (await messages()).filter((mail) => mail.to.toLowerCase().includes(address.toLowerCase()));
  return {
    url: catcher.url,
    messages,
    messagesTo,
    async waitFor(address, count = 1, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = await messagesTo(address);
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`Expected ${count} mail(s) to ${address}; got ${found.length}.`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async stop() {
      await catcher.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
