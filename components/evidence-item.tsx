import type { ReactNode } from "react";
import type { PublicEvidence } from "@/lib/server/read/evidence";
import { CredibilityBadge } from "./credibility-badge";
import { EvidencePreservation, robustLinkVersion } from "./evidence-preservation";
import styles from "./evidence.module.css";
import { ExternalLink } from "./external-link";
import { FormattedDate } from "./formatted-date";
import { ReliabilityBadge } from "./reliability-badge";

/** The anchor a status change uses to point at the evidence it cited. */
export function evidenceAnchor(evidenceId: string): string {
  return `evidence-${evidenceId}`;
}

/** `actions`: controls the workspace adds under an item (edit, remove); the public page has none. */
export function EvidenceItem({ evidence, actions }: { evidence: PublicEvidence; actions?: ReactNode }) {
  const { source } = evidence;
  return (
    <li className={styles.item} id={evidenceAnchor(evidence.id)}>
      <article>
        <h4 className={styles.title} dir="auto">
          <ExternalLink href={evidence.url} version={robustLinkVersion(evidence)}>
            {evidence.title}
          </ExternalLink>
        </h4>
        <p className={styles.source}>
          <bdi className={styles.sourceName}>{source.name}</bdi>
          <a className={styles.domain} href={`/sources/${encodeURIComponent(source.domain)}`}>
            {source.domain}
          </a>
          <ReliabilityBadge grade={source.reliability} />
          {source.provisional ? <span title="First grade, not yet confirmed by a reviewer">provisional</span> : null}
          <CredibilityBadge level={evidence.credibility} />
        </p>
        {evidence.quote ? <blockquote dir="auto">{evidence.quote}</blockquote> : null}
        {evidence.alsoCitedOn > 0 ? (
          <p className={styles.details}>Also cited on {evidence.alsoCitedOn === 1 ? "1 other claim" : `${evidence.alsoCitedOn} other claims`}.</p>
        ) : null}
        <p className={styles.details}>
          {evidence.publishedAt ? (
            <span>
              Published <FormattedDate value={evidence.publishedAt} />
            </span>
          ) : (
            <span>Publication date unknown</span>
          )}
          <span>
            Accessed <FormattedDate value={evidence.accessedAt} />
          </span>
          {evidence.archivedUrl ? <ExternalLink href={evidence.archivedUrl}>Archived copy</ExternalLink> : null}
        </p>
        <EvidencePreservation preservation={evidence.preservation} archivedUrl={evidence.archivedUrl} />
        {evidence.linkHealth === "broken" ? (
          <p className={styles.brokenLink}>
            This link was broken when last checked{evidence.archivedUrl ? "; the archived copy may still work" : ""}.
          </p>
        ) : null}
        {actions}
      </article>
    </li>
  );
}
