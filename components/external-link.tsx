import type { ReactNode } from "react";

// Rule 6 of docs/architecture.md: links to the outside world never pass our origin or our ranking on, and
// never let the opened page script this one.
export const EXTERNAL_LINK_REL = "noopener noreferrer nofollow ugc";

/** `version`: Robust Links (data-versionurl/-versiondate): a preserved copy and its date. */
type ExternalLinkProps = { href: string; className?: string; children: ReactNode; version?: { url: string; date: string } | null };

export function ExternalLink({ href, className, children, version }: ExternalLinkProps) {
  // URLs are validated when stored; this second check means a bad row renders as text, never
  // as a javascript: link.
  if (!/^https?:\/\//i.test(href)) return <span className={className}>{children}</span>;
  return (
    <a href={href} className={className} target="_blank" rel={EXTERNAL_LINK_REL} data-versionurl={version?.url} data-versiondate={version?.date}>
      {children}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
