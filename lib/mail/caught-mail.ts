// Reads the mail catcher's folder (lib/mail/catcher.ts): the newest messages first,
// parsed with mailparser. Used by the dev mail page and by tests.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type AddressObject } from "mailparser";

export type CaughtMail = {
  id: string;
  receivedAt: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Header names lower-cased, e.g. "list-unsubscribe". */
  headers: Record<string, string>;
};

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return "";
  return (Array.isArray(value) ? value : [value]).map((entry) => entry.text).join(", ");
}

/** A catcher file name, or null for anything that is not one (no path tricks). */
export function caughtMailId(value: string): string | null {
  return /^[0-9TZ-]+-[0-9a-f]{8}\.eml$/.test(value) ? value : null;
}

export async function parseCaughtMail(dir: string, id: string): Promise<CaughtMail | null> {
  if (!caughtMailId(id)) return null;
  const raw = await readFile(path.join(dir, id)).catch(() => null);
  if (!raw) return null;
  const parsed = await simpleParser(raw, { skipImageLinks: true });
  const headers: Record<string, string> = {};
  for (const line of parsed.headerLines) headers[line.key] = line.line.slice(line.line.indexOf(":") + 1).trim();
  return {
    id,
    receivedAt: id.slice(0, 24).replace(/^(\d{4}-\d{2}-\d{2}T\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, "$1:$2:$3.$4Z"),
    from: addresses(parsed.from),
    to: addresses(parsed.to),
    subject: parsed.subject ?? "",
    text: parsed.text ?? "",
    html: typeof parsed.html === "string" ? parsed.html : null,
    headers,
  };
}

/** The newest `limit` messages, newest first; an absent folder is an empty list. */
export async function listCaughtMail(dir: string, limit = 100): Promise<CaughtMail[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const ids = names.filter((name) => caughtMailId(name)).sort().reverse().slice(0, limit);
  const mails = await Promise.all(ids.map((id) => parseCaughtMail(dir, id)));
  return mails.filter((mail): mail is CaughtMail => mail !== null);
}
