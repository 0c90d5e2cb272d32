// Metadata on paste: the evidence form sends a URL, this fetches the page through the safe
// fetcher and reads its title, site name, published date and canonical URL. A read, not
// a command: it saves nothing, and saving an item never waits for it.
import "server-only";
import { z } from "zod";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { appFetch } from "@/lib/net/app-fetcher";
import { FetchError, PAGE_CONTENT_TYPES, type SafeFetch } from "@/lib/net/safe-fetch";
import { ZEvidenceUrl } from "@/lib/validation/common";
import { parseInput } from "@/lib/validation/parse";
import { extractMetadata, type PageMetadata } from "./page-content";

export type LinkMetadataResult = { status: "found"; url: string; metadata: PageMetadata } | { status: "unavailable"; url: string; reason: string };

const ZLinkMetadataInput = z.object({ url: ZEvidenceUrl });

/** Seconds an analyst waits at most after pasting; the fields stay editable meanwhile. */
export const METADATA_TIMEOUT_MS = 8_000;

export async function getLinkMetadata(actor: Actor | null, input: unknown, fetch: SafeFetch = appFetch()): Promise<LinkMetadataResult> {
  requirePermission(actor, "evidence:create");
  const { url } = parseInput(ZLinkMetadataInput, input);
  try {
    const response = await fetch(url.url, { accept: PAGE_CONTENT_TYPES, timeoutMs: METADATA_TIMEOUT_MS, maxBytes: 2 * 1024 * 1024 });
    if (response.status < 200 || response.status >= 300) return { status: "unavailable", url: url.url, reason: `the page answered ${response.status}` };
    return { status: "found", url: url.url, metadata: await extractMetadata(response.body.toString("utf8"), response.url) };
  } catch (error) {
    return { status: "unavailable", url: url.url, reason: error instanceof FetchError ? error.message : "the page could not be read" };
  }
}
