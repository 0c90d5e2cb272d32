// The dev mail page's data: the local mail catcher's folder, only when the start script
// started the catcher (embedded mode without SMTP_URL), and only to a browser on this
// machine: caught mail holds readers' addresses and their confirmation links, so a demo
// left reachable from a network shows none of it. Elsewhere the page does not exist.
import "server-only";
import ipaddr from "ipaddr.js";
import { serverEnv } from "@/lib/env";
import { listCaughtMail, type CaughtMail } from "@/lib/mail/caught-mail";

export type CaughtMailListing = { dir: string; messages: CaughtMail[] } | null;

/** Whether the address is this machine's own (127.0.0.0/8 or ::1). */
export function isLoopback(address: string): boolean {
  return ipaddr.isValid(address) && ipaddr.process(address).range() === "loopback";
}

export async function listLocallyCaughtMail(viewerIp: string, limit = 100): Promise<CaughtMailListing> {
  const dir = serverEnv().MAIL_CATCHER_DIR;
  if (!dir || !isLoopback(viewerIp)) return null;
  return { dir, messages: await listCaughtMail(dir, limit) };
}
