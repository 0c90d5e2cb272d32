// The one way the app sends a mail: nodemailer over SMTP_URL (in embedded mode the start
// script points SMTP_URL at the local mail catcher, scripts/lib/mail-catcher.ts). Callers
// pass plain text (and optionally HTML); every mail that a reader or user can stop
// carries an unsubscribe link, sent as RFC 8058 one-click List-Unsubscribe headers.
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { serverEnv } from "@/lib/env";

export type OutgoingMail = {
  /** One recipient address. */
  to: string;
  subject: string;
  text: string;
  html?: string;
  /**
   * An https/http URL that unsubscribes the recipient with a POST and no further step
   * (RFC 8058); added as `List-Unsubscribe` and `List-Unsubscribe-Post` headers.
   */
  unsubscribeUrl?: string;
  /** Extra headers, e.g. a stable `X-Proofboard-Kind` for filters. */
  headers?: Record<string, string>;
};

export type SentMail = { messageId: string };

/** No SMTP_URL: nothing can be sent. Callers that may run unconfigured check isMailConfigured(). */
export class MailNotConfiguredError extends Error {
  constructor() {
    super("Mail is not configured: set SMTP_URL (and MAIL_FROM) to send mail.");
    this.name = "MailNotConfiguredError";
  }
}

let cached: { url: string; transporter: Transporter } | null = null;

function transporterFor(url: string): Transporter {
  if (cached?.url !== url) {
    cached?.transporter.close();
    // Short timeouts: a mail server that hangs fails the job (which is retried), never a request.
    cached = { url, transporter: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as SMTPTransport.Options) };
  }
  return cached.transporter;
}

export function isMailConfigured(): boolean {
  return Boolean(serverEnv().SMTP_URL);
}

/** Sends one message; throws if the server refuses it (the caller's job is then retried). */
export async function sendMail(mail: OutgoingMail): Promise<SentMail> {
  const env = serverEnv();
  if (!env.SMTP_URL) throw new MailNotConfiguredError();
  const headers: Record<string, string> = { ...mail.headers };
  if (mail.unsubscribeUrl) {
    headers["List-Unsubscribe"] = `<${mail.unsubscribeUrl}>`;
    headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click";
  }
  const info = await transporterFor(env.SMTP_URL).sendMail({
    from: env.MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    ...(mail.html ? { html: mail.html } : {}),
    headers,
  });
  return { messageId: info.messageId };
}
