// The capture job: fetches an evidence page through the safe fetcher and keeps what it
// showed (time, status, final and canonical URL, content type, sha256, readable text, the
// raw body up to a size), checks the quote against it, notes the link's health, and asks
// the Internet Archive for a copy. Passing trouble (network, timeout, 5xx, 429) is
// retried by the queue; on the last attempt, and for answers that will not change
// (refused address, 404, oversized page), the failure is recorded with its reason.
import "server-only";
import { checkQuote } from "@/lib/domain/quote-check";
import { observeFetch } from "@/lib/domain/link-health";
import { getDb } from "@/lib/db/client";
import { appFetch } from "@/lib/net/app-fetcher";
import { FetchError, PAGE_CONTENT_TYPES, type SafeFetch, type SafeFetchResult } from "@/lib/net/safe-fetch";
import { recordLinkObservation } from "@/lib/server/link-health/record-observation";
import { MAX_STORED_BODY_BYTES, postgresCaptureStore, type CaptureStore } from "./capture-store";
import { findOrRequestMemento, type Memento } from "./internet-archive";
import { extractMetadata, extractReadableText } from "./page-content";

export type CaptureDeps = {
  fetch: SafeFetch;
  store: CaptureStore;
  archive: (url: string) => Promise<Memento | null>;
  now: () => Date;
};

export const defaultCaptureDeps = (): CaptureDeps => ({ fetch: appFetch(), store: postgresCaptureStore, archive: (url) => findOrRequestMemento(url), now: () => new Date() });

export type CaptureOutcome = "captured" | "failed" | "skipped";

/** Thrown for a failure worth another attempt; the queue retries, then dead-letters it. */
export class RetryCapture extends Error {}

function decode(body: Buffer, contentType: string | null): string {
  const charset = /charset=([^;]+)/i.exec(contentType ?? "")?.[1]?.trim().replace(/^"|"$/g, "") ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

async function readPage(response: SafeFetchResult) {
  const type = response.contentType?.split(";")[0]?.trim().toLowerCase();
  const raw = decode(response.body, response.contentType);
  if (type === "text/plain") return { text: raw.trim(), title: null, canonicalUrl: null };
  const readable = extractReadableText(raw);
  const metadata = await extractMetadata(raw, response.url);
  return { text: readable.text, title: metadata.title ?? readable.title, canonicalUrl: metadata.canonicalUrl };
}

export async function captureEvidence(evidenceId: string, attempt: { isLastAttempt: boolean }, deps: CaptureDeps = defaultCaptureDeps()): Promise<CaptureOutcome> {
  const db = getDb();
  const evidence = await db.evidence.findUnique({ where: { id: evidenceId }, select: { id: true, url: true, quote: true, deletedAt: true } });
  if (!evidence || evidence.deletedAt) return "skipped";
  const at = deps.now();

  let response: SafeFetchResult;
  try {
    response = await deps.fetch(evidence.url, { accept: PAGE_CONTENT_TYPES });
  } catch (error) {
    const failure = error instanceof FetchError ? error : new FetchError("network", (error as Error).message);
    if (failure.retryable && !attempt.isLastAttempt) throw new RetryCapture(failure.message);
    await db.$transaction(async (tx) => {
      await tx.evidenceCapture.create({
        data: { evidenceId, capturedAt: at, outcome: "failed", requestedUrl: evidence.url, errorCode: failure.code, errorMessage: failure.message, quoteCheck: "no_capture" },
      });
      await recordLinkObservation(tx, evidenceId, { observation: "unknown", httpStatus: null, finalUrl: null, detail: failure.message, at });
    });
    return "failed";
  }

  const ok = response.status >= 200 && response.status < 300;
  const passing = response.status === 429 || response.status >= 500;
  if (!ok && passing && !attempt.isLastAttempt) throw new RetryCapture(`the page answered ${response.status}`);

  const page = ok ? await readPage(response) : null;
  const quote = page ? checkQuote(evidence.quote, page.text) : null;
  const bodyKey = ok && response.body.length <= MAX_STORED_BODY_BYTES ? await deps.store.put(response.body, response.sha256) : null;
  const observation = observeFetch(evidence.url, { status: response.status, finalUrl: response.url }, page?.canonicalUrl);

  const capture = await db.$transaction(async (tx) => {
    const row = await tx.evidenceCapture.create({
      data: {
        evidenceId,
        capturedAt: at,
        outcome: ok ? "captured" : "failed",
        requestedUrl: evidence.url,
        httpStatus: response.status,
        finalUrl: response.url,
        canonicalUrl: page?.canonicalUrl ?? null,
        contentType: response.contentType,
        sha256: response.sha256,
        byteLength: response.body.length,
        bodyKey,
        pageTitle: page?.title ?? null,
        readableText: page?.text ?? null,
        errorCode: ok ? null : `http_${response.status}`,
        errorMessage: ok ? null : `The page answered ${response.status}.`,
        quoteCheck: quote ? quote.status : "no_capture",
        quoteSelector: quote && quote.status !== "no_quote" ? quote.selector : undefined,
      },
    });
    await recordLinkObservation(tx, evidenceId, { observation, httpStatus: response.status, finalUrl: response.url, detail: "", at });
    return row;
  });

  if (ok) {
    const memento = await deps.archive(response.url);
    if (memento) {
      await db.evidenceCapture.update({
        where: { id: capture.id },
        data: "url" in memento ? { mementoUrl: memento.url, mementoAt: memento.at } : { mementoNote: memento.note },
      });
    }
  }
  return ok ? "captured" : "failed";
}
