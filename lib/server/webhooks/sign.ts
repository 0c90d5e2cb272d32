// Standard Webhooks signing with the `standardwebhooks` package: one "v1,<base64>" per
// current secret, space-separated, so during a rotation's overlap a receiver holding either
// the old or the new secret verifies the message.
import { Webhook } from "standardwebhooks";

export type SignedHeaders = { "webhook-id": string; "webhook-timestamp": string; "webhook-signature": string };

export function signWebhook(secrets: readonly string[], messageId: string, timestamp: Date, body: string): SignedHeaders {
  if (secrets.length === 0) throw new Error("A webhook endpoint has no current signing secret.");
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
    "webhook-signature": secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(" "),
  };
}

/** Secrets that still sign at `now`: the newest, and an older one until its overlap ends. */
export function currentSecrets(secrets: readonly { secret: string; createdAt: Date; expiresAt: Date | null }[], now: Date): string[] {
  return secrets
    .filter((secret) => secret.expiresAt === null || secret.expiresAt > now)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((secret) => secret.secret);
}
