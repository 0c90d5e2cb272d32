import "server-only";
// What readers see of an evidence item's preservation: its latest capture (time, the
// stored readable copy, a third-party memento), the quote check and the link's health with
// the dated observations behind it. A few fields, selected alongside the evidence.
import type { Prisma } from "@/generated/prisma/client";
import type { LinkHealthState, LinkObservation } from "@/lib/domain/link-health";
import type { TextQuoteSelector } from "@/lib/domain/quote-check";

export type PublicPreservation = {
  capture: {
    id: string;
    capturedAt: string;
    outcome: "captured" | "failed";
    httpStatus: number | null;
    /** Our stored readable text, when the capture succeeded (a path on this site). */
    textPath: string | null;
    sha256: string | null;
    finalUrl: string | null;
    canonicalUrl: string | null;
    failure: string | null;
  } | null;
  memento: { url: string; at: string } | null;
  quote: { check: "found" | "not_found" | "no_quote" | "no_capture" | "unchecked"; checkedAt: string | null; selector: TextQuoteSelector | null };
  link: { health: LinkHealthState; checkedAt: string | null; observations: { observation: LinkObservation; httpStatus: number | null; checkedAt: string }[] };
};

/** Observations shown per item: enough for "reachable on …; 404 on … and …". */
const SHOWN_OBSERVATIONS = 6;

export const preservationSelect = {
  linkCheckedAt: true,
  captures: {
    orderBy: { capturedAt: "desc" },
    take: 1,
    select: { id: true, capturedAt: true, outcome: true, httpStatus: true, sha256: true, finalUrl: true, canonicalUrl: true, errorMessage: true, quoteCheck: true, quoteSelector: true, mementoUrl: true, mementoAt: true },
  },
  linkChecks: { orderBy: { checkedAt: "desc" }, take: SHOWN_OBSERVATIONS, select: { observation: true, httpStatus: true, checkedAt: true } },
} satisfies Prisma.EvidenceSelect;

type Row = Prisma.EvidenceGetPayload<{ select: typeof preservationSelect }> & { linkHealth: LinkHealthState };

export const captureTextPath = (captureId: string) => `/captures/${captureId}`;

export function toPreservation(row: Row): PublicPreservation {
  const latest = row.captures[0];
  return {
    capture: latest
      ? {
          id: latest.id,
          capturedAt: latest.capturedAt.toISOString(),
          outcome: latest.outcome,
          httpStatus: latest.httpStatus,
          textPath: latest.outcome === "captured" ? captureTextPath(latest.id) : null,
          sha256: latest.sha256,
          finalUrl: latest.finalUrl,
          canonicalUrl: latest.canonicalUrl,
          failure: latest.outcome === "failed" ? latest.errorMessage : null,
        }
      : null,
    memento: latest?.mementoUrl && latest.mementoAt ? { url: latest.mementoUrl, at: latest.mementoAt.toISOString() } : null,
    quote: {
      check: latest ? latest.quoteCheck : "unchecked",
      checkedAt: latest?.capturedAt.toISOString() ?? null,
      selector: (latest?.quoteSelector as TextQuoteSelector | null) ?? null,
    },
    link: {
      health: row.linkHealth,
      checkedAt: row.linkCheckedAt?.toISOString() ?? null,
      observations: [...row.linkChecks].reverse().map((check) => ({ observation: check.observation, httpStatus: check.httpStatus, checkedAt: check.checkedAt.toISOString() })),
    },
  };
}
