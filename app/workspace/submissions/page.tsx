import type { Metadata } from "next";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { selectClass } from "@/components/forms";
import { ExternalLink } from "@/components/external-link";
import { FormattedDate } from "@/components/formatted-date";
import { StatusBadge } from "@/components/status-badge";
import { SubmissionDecisionForms } from "@/components/workspace/submission-decision-forms";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { READER_SUBMISSION_KIND_LABELS, READER_SUBMISSION_STATES, type ReaderSubmissionState } from "@/lib/domain/corrections";
import { STANCE_LABELS } from "@/lib/domain/stance";
import { claimPath } from "@/lib/public/urls";
import { listReaderSubmissions } from "@/lib/server/reader-submissions/list-submissions";
import { firstParam, type SearchParams } from "@/lib/validation/search-params";
import {
  acceptClaimSuggestionAction,
  acceptDisputeAction,
  acceptEvidenceSuggestionAction,
  declineReaderSubmissionAction,
} from "./actions";
import styles from "./submissions.module.css";

export const metadata: Metadata = { title: "Reader reports", robots: { index: false } };

const STATE_LABELS: Record<ReaderSubmissionState, string> = { new: "New", accepted: "Accepted", declined: "Declined" };
const ACTIONS = { evidence: acceptEvidenceSuggestionAction, dispute: acceptDisputeAction, claim: acceptClaimSuggestionAction, decline: declineReaderSubmissionAction };

export default async function ReaderSubmissionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActorOrRedirect("/workspace/submissions");
  if (!hasPermission(actor.roles, "submission:triage")) return <Forbidden what="triage reader reports" />;
  const params = await searchParams;
  const requested = firstParam(params, "state");
  const state: ReaderSubmissionState = (READER_SUBMISSION_STATES as readonly string[]).includes(requested ?? "") ? (requested as ReaderSubmissionState) : "new";
  const tracker = firstParam(params, "tracker") || undefined;
  const queue = await listReaderSubmissions(actor, { state, trackerSlug: tracker });
  const decided = firstParam(params, "decided");
  const today = new Date().toISOString().slice(0, 10);
  const href = (next: ReaderSubmissionState) => `/workspace/submissions?${new URLSearchParams({ state: next, ...(tracker ? { tracker } : {}) })}`;

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link>
      </p>
      <h1>Reader reports</h1>
      <p className="lede">Links, errors and claims sent by readers. Nothing here is public until you accept it; a decline&rsquo;s reason is public.</p>
      {decided === "accepted" || decided === "declined" ? <p role="status">Submission {decided}.</p> : null}
      <nav aria-label="Submission states">
        <ul className={styles.tabs}>
          {READER_SUBMISSION_STATES.map((option) => (
            <li key={option}>
              <Link href={href(option)} aria-current={option === state ? "page" : undefined}>
                {STATE_LABELS[option]} ({queue.counts[option]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/workspace/submissions" role="search" aria-label="Filter by tracker" className={styles.filter}>
        <input type="hidden" name="state" value={state} />
        <label htmlFor="tracker">Tracker</label>{" "}
        <select id="tracker" name="tracker" defaultValue={tracker ?? ""} className={selectClass}>
          <option value="">All trackers</option>
          {queue.trackers.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.title}
            </option>
          ))}
        </select>{" "}
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      {queue.items.length === 0 ? (
        <p className="muted">No {STATE_LABELS[state].toLowerCase()} submissions{tracker ? " for this tracker" : ""}.</p>
      ) : (
        <ol className={styles.list}>
          {queue.items.map((item) => (
            <li key={item.id} id={`submission-${item.id}`} className={styles.item}>
              <article aria-labelledby={`submission-${item.id}-heading`}>
                <h2 id={`submission-${item.id}-heading`}>{READER_SUBMISSION_KIND_LABELS[item.kind]}</h2>
                <p className="muted">
                  <bdi>{item.tracker.title}</bdi>
                  {item.proofPoint ? (
                    <>
                      {" "}
                      · <bdi>{item.proofPoint.title}</bdi>
                    </>
                  ) : null}{" "}
                  · sent <FormattedDate value={item.createdAt.toISOString()} /> · email {item.email}
                </p>
                {item.claim ? (
                  <p>
                    Claim: <Link href={`/workspace/claims/${item.claim.id}`}>{item.claim.statement}</Link> <StatusBadge status={item.claim.status} />
                  </p>
                ) : null}
                {item.url ? (
                  <p>
                    Link: <ExternalLink href={item.url}>{item.url}</ExternalLink>
                    {item.stance ? ` (${STANCE_LABELS[item.stance]})` : null}
                  </p>
                ) : null}
                {item.quote ? <blockquote dir="auto">{item.quote}</blockquote> : null}
                {item.text ? <p dir="auto">{item.text}</p> : null}
                {item.links.length > 0 ? (
                  <ul>
                    {item.links.map((link) => (
                      <li key={link}>
                        <ExternalLink href={link}>{link}</ExternalLink>
                      </li>
                    ))}
                  </ul>
                ) : null}
                {item.state === "new" ? (
                  <SubmissionDecisionForms
                    submission={{ id: item.id, kind: item.kind, url: item.url, quote: item.quote, stance: item.stance, text: item.text, proofPointId: item.proofPoint?.id ?? null, proofPoints: item.tracker.proofPoints }}
                    tracker={tracker}
                    today={today}
                    actions={ACTIONS}
                  />
                ) : (
                  <p>
                    {STATE_LABELS[item.state]} by {item.decidedBy?.name ?? "someone"}
                    {item.decidedAt ? (
                      <>
                        {" "}
                        on <FormattedDate value={item.decidedAt.toISOString()} />
                      </>
                    ) : null}
                    {item.declineReason ? `: ${item.declineReason}` : "."}{" "}
                    {item.evidenceId && item.claim ? <Link href={`${claimPath(item.claim.id)}#evidence-heading`}>See the evidence</Link> : null}
                    {item.createdClaimId ? <Link href={`/workspace/claims/${item.createdClaimId}`}>See the claim</Link> : null}
                  </p>
                )}
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
