// The link-check job: one fetch of an evidence URL for its health only (the capture stays
// as it was). Whatever happens is recorded as an observation; nothing here guesses.
import "server-only";
import { observeFetch } from "@/lib/domain/link-health";
import { getDb } from "@/lib/db/client";
import { appFetch } from "@/lib/net/app-fetcher";
import { FetchError, type SafeFetch } from "@/lib/net/safe-fetch";
import { recordLinkObservation } from "./record-observation";

export async function checkEvidenceLink(evidenceId: string, deps: { fetch: SafeFetch; now: () => Date } = { fetch: appFetch(), now: () => new Date() }): Promise<"checked" | "skipped"> {
  const db = getDb();
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, select: { url: true, deletedAt: true } });
  if (!evidence || evidence.deletedAt) return "skipped";
  const at = deps.now();
  try {
    const response = await deps.fetch(evidence.url, { maxBytes: 2 * 1024 * 1024 });
    const observation = observeFetch(evidence.url, { status: response.status, finalUrl: response.url });
    await db.$transaction((tx) => recordLinkObservation(tx, evidenceId, { observation, httpStatus: response.status, finalUrl: response.url, detail: "", at }));
  } catch (error) {
    const detail = error instanceof FetchError ? error.message : "the check failed unexpectedly";
    await db.$transaction((tx) => recordLinkObservation(tx, evidenceId, { observation: "unknown", httpStatus: null, finalUrl: null, detail, at }));
  }
  return "checked";
}
