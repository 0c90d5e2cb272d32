// A webhook-id: unique per delivery and the same on each of its retries, so a receiver can
// drop a message it already handled.
import { randomUUID } from "node:crypto";

export function newWebhookMessageId(): string {
  return `msg_${randomUUID().replace(/-/g, "")}`;
}
