// Under each evidence item: when the page was captured and where to read the copy, whether
// the quote was found in it, and what our link checks observed, with their dates.
import { describeObservations } from "@/lib/domain/link-health";
import type { PublicPreservation } from "@/lib/server/read/evidence-preservation";
import { ExternalLink } from "./external-link";
import { formatDate } from "./format";
import { FormattedDate } from "./formatted-date";
import styles from "./evidence-preservation.module.css";

export function EvidencePreservation({ preservation, archivedUrl }: { preservation: PublicPreservation; archivedUrl: string | null }) {
  const { capture, memento, quote, link } = preservation;
  return (
    <div className={styles.preservation}>
      <p>
        {capture?.outcome === "captured" ? (
          <>
            Captured <FormattedDate value={capture.capturedAt} />: <a href={capture.textPath!}>the page&apos;s text as captured</a>
          </>
        ) : capture ? (
          <>
            Capture failed on <FormattedDate value={capture.capturedAt} />
            {capture.failure ? ` (${capture.failure.replace(/\.$/, "")})` : ""}
          </>
        ) : (
          "Not captured yet"
        )}
        {memento ? (
          <>
            {" · "}
            <ExternalLink href={memento.url}>
              Internet Archive copy of <FormattedDate value={memento.at} />
            </ExternalLink>
          </>
        ) : null}
      </p>
      {quote.check === "found" && quote.checkedAt ? (
        <p className={styles.quoteFound}>
          Quote found in the capture of <FormattedDate value={quote.checkedAt} />.
        </p>
      ) : null}
      {quote.check === "not_found" && quote.checkedAt ? (
        <p className={styles.quoteMissing}>
          Quote not found in the page as captured (<FormattedDate value={quote.checkedAt} />).
        </p>
      ) : null}
      {link.observations.length ? (
        <p className={link.health === "gone" ? styles.gone : undefined}>
          {link.health === "gone" ? "Source offline: " : "Link checks: "}
          {describeObservations(link.observations, formatDate)}.
          {link.health === "gone" && (memento || archivedUrl || capture?.textPath) ? " A copy is linked above." : null}
        </p>
      ) : null}
    </div>
  );
}

/** The copy a Robust Link points to: the Internet Archive's, else our own capture. */
export function robustLinkVersion(evidence: { preservation: PublicPreservation }): { url: string; date: string } | null {
  const { memento, capture } = evidence.preservation;
  if (memento) return { url: memento.url, date: memento.at.slice(0, 10) };
  if (capture?.textPath) return { url: capture.textPath, date: capture.capturedAt.slice(0, 10) };
  return null;
}
