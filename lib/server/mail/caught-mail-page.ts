// The dev mail page's data: the local mail catcher's folder, only when the start script
// started the catcher (embedded mode without SMTP_URL). Elsewhere the page does not exist.
import "server-only";
import { serverEnv } from "@/lib/env";
import { listCaughtMail, type CaughtMail } from "@/lib/mail/caught-mail";

export type CaughtMailListing = { dir: string; messages: CaughtMail[] } | null;

export async function listLocallyCaughtMail(limit = 100): Promise<CaughtMailListing> {
  const dir = serverEnv().MAIL_CATCHER_DIR;
  if (!dir) return null;
  return { dir, messages: await listCaughtMail(dir, limit) };
}
