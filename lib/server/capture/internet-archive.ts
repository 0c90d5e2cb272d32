// A third-party copy of an evidence page from the Internet Archive. With keys configured,
// Save Page Now 2 is asked to take one (the answer is a job id; its status is polled a
// few times); without, the availability API says whether a snapshot already exists. The
// time recorded is the snapshot's own, never the time we asked. All through the safe fetcher.
import "server-only";
import { serverEnv } from "@/lib/env";
import { appFetch } from "@/lib/net/app-fetcher";
import { FetchError, type SafeFetch } from "@/lib/net/safe-fetch";

export type Memento = { url: string; at: Date } | { note: string };

const AVAILABILITY_URL = "https://archive.org/wayback/available";
const SAVE_URL = "https://web.archive.org/save";
const SAVE_STATUS_URL = "https://web.archive.org/save/status/";

/** 20260303101500 → Date (Wayback timestamps are UTC). */
export function parseWaybackTimestamp(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})?(\d{2})?(\d{2})?$/.exec(value);
  if (!match) return null;
  const [, y, mo, d, h = "00", mi = "00", s = "00"] = match;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** `availabilityUrl` is the API's address (a local stand-in in tests). */
export async function lookupSnapshot(url: string, fetch: SafeFetch = appFetch(), availabilityUrl = AVAILABILITY_URL): Promise<Memento> {
  const response = await fetch(`${availabilityUrl}?url=${encodeURIComponent(url)}`, { accept: ["application/json"], maxBytes: 64 * 1024, timeoutMs: 10_000 });
  if (response.status !== 200) return { note: `The Internet Archive answered ${response.status}.` };
  const closest = (JSON.parse(response.body.toString("utf8")) as { archived_snapshots?: { closest?: { available?: boolean; url?: string; timestamp?: string } } }).archived_snapshots?.closest;
  const at = closest?.timestamp ? parseWaybackTimestamp(closest.timestamp) : null;
  if (!closest?.available || !closest.url || !at) return { note: "The Internet Archive has no snapshot of this page." };
  return { url: closest.url.replace(/^http:/, "https:"), at };
}

async function savePageNow(url: string, keys: { access: string; secret: string }, fetch: SafeFetch): Promise<Memento> {
  const headers = { authorization: `LOW ${keys.access}:${keys.secret}`, "content-type": "application/x-www-form-urlencoded" };
  const started = await fetch(SAVE_URL, { headers: { ...headers, accept: "application/json" }, body: `url=${encodeURIComponent(url)}&skip_first_archive=1`, accept: ["application/json"], timeoutMs: 20_000 });
  const job = JSON.parse(started.body.toString("utf8") || "{}") as { job_id?: string; message?: string; status_ext?: string };
  if (!job.job_id) return { note: `Save Page Now refused: ${job.status_ext ?? job.message ?? started.status}.` };
  for (let attempt = 0; attempt < 6; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const status = await fetch(SAVE_STATUS_URL + encodeURIComponent(job.job_id), { headers: { ...headers, accept: "application/json" }, accept: ["application/json"], timeoutMs: 10_000 });
    const body = JSON.parse(status.body.toString("utf8") || "{}") as { status?: string; timestamp?: string; original_url?: string; status_ext?: string };
    if (body.status === "success" && body.timestamp) {
      const at = parseWaybackTimestamp(body.timestamp);
      if (at) return { url: `https://web.archive.org/web/${body.timestamp}/${body.original_url ?? url}`, at };
    }
    if (body.status === "error") return { note: `Save Page Now failed: ${body.status_ext ?? "unknown error"}.` };
  }
  return { note: "Save Page Now had not finished; the availability lookup will find its copy later." };
}

/** Never throws: a missing third-party copy is noted, it does not fail the capture. */
export async function findOrRequestMemento(url: string, fetch: SafeFetch = appFetch()): Promise<Memento | null> {
  const env = serverEnv();
  if (env.PROOFBOARD_ARCHIVE === "off") return null;
  try {
    if (env.PROOFBOARD_ARCHIVE_ACCESS_KEY && env.PROOFBOARD_ARCHIVE_SECRET_KEY) {
      const saved = await savePageNow(url, { access: env.PROOFBOARD_ARCHIVE_ACCESS_KEY, secret: env.PROOFBOARD_ARCHIVE_SECRET_KEY }, fetch);
      if ("url" in saved) return saved;
    }
    return await lookupSnapshot(url, fetch);
  } catch (error) {
    const reason = error instanceof FetchError ? error.message : "unexpected answer";
    return { note: `The Internet Archive could not be asked (${reason}).` };
  }
}
