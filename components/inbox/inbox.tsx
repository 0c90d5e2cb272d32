import Link from "next/link";
import { RelativeAge } from "@/components/relative-age";
import { STATUS_LABELS } from "@/lib/domain";
import { REVIEW_OVERDUE_DAYS } from "@/lib/domain/notifications/inbox-rules";
import type { Inbox as InboxData } from "@/lib/server/workspace/get-inbox";
import { proposalHref } from "@/components/review/queue-list";
import { InboxSection } from "./inbox-section";
import styles from "./inbox.module.css";

const SUGGESTION_LABELS = { evidence: "Suggested evidence", dispute: "Reported error", claim: "Suggested claim" } as const;

type Props = { inbox: InboxData; markSeenAction: (formData: FormData) => Promise<void> };

/** The workspace home's inbox: what waits for this person, each item one click from where to act on it. */
export function Inbox({ inbox, markSeenAction }: Props) {
  const now = new Date(inbox.now);
  const { waiting, decided, flagged, evidence, suggestions } = inbox;
  const counts = [
    waiting && { href: "#inbox-waiting", label: `${waiting.total} to review` },
    decided && { href: "#inbox-decided", label: `${decided.total} decided` },
    flagged && { href: "#inbox-flagged", label: `${flagged.total} re-review` },
    evidence && { href: "#inbox-evidence", label: `${evidence.total} evidence problems` },
    suggestions && { href: "#inbox-suggestions", label: `${suggestions.total} reader ${suggestions.total === 1 ? "suggestion" : "suggestions"} to triage` },
  ].filter((count) => count !== null);
  if (counts.length === 0) return null;
  return (
    <section aria-labelledby="inbox-heading">
      <h2 id="inbox-heading">Inbox</h2>
      <ul className={styles.summary} aria-label="Inbox counts">
        {counts.map((count) => (
          <li key={count.href}>
            <a href={count.href}>{count.label}</a>
          </li>
        ))}
      </ul>

      {waiting ? (
        <InboxSection
          id="inbox-waiting"
          title="Waiting for your review"
          total={waiting.total}
          shown={waiting.items.length}
          empty="Nothing waits for your review."
          more={{ href: "/workspace/review", label: "the review queue" }}
        >
          {waiting.items.map((item) => (
            <li key={item.proposalId} className={styles.item}>
              <Link href={proposalHref(item.proposalId)}>{item.statement}</Link>
              {item.overdue ? <span className={styles.overdue}>Overdue</span> : null}
              <p className={styles.meta}>
                {item.proposedBy} proposes {STATUS_LABELS[item.toStatus].toLowerCase()} · {item.trackerTitle} · waiting <RelativeAge value={item.since} now={now} />
              </p>
            </li>
          ))}
        </InboxSection>
      ) : null}

      {decided ? (
        <InboxSection
          id="inbox-decided"
          title="Your proposals decided since you last looked"
          total={decided.total}
          shown={decided.items.length}
          empty={inbox.seenAt ? "None of your proposals was decided since you last looked." : "None of your proposals was decided in the last two weeks."}
          more={{ href: "/workspace/proposals", label: "your proposals" }}
        >
          {decided.items.map((item) => (
            <li key={item.proposalId} className={styles.item}>
              <Link href={`/workspace/claims/${item.claimId}`}>{item.statement}</Link>
              <p>
                <strong>{item.decision === "approved" ? "Approved" : "Rejected"}</strong>: {STATUS_LABELS[item.toStatus].toLowerCase()}
                {item.decidedBy ? ` · by ${item.decidedBy}` : ""} · <RelativeAge value={item.decidedAt} now={now} />
              </p>
              {item.note ? <p className={styles.meta}>{item.note}</p> : null}
            </li>
          ))}
        </InboxSection>
      ) : null}
      {decided && decided.total > 0 ? (
        <form action={markSeenAction}>
          <button type="submit" className="button">
            Mark decisions as seen
          </button>
        </form>
      ) : null}

      {flagged ? (
        <InboxSection
          id="inbox-flagged"
          title="Claims flagged for re-review"
          total={flagged.total}
          shown={flagged.items.length}
          empty="No claim needs re-review."
          more={{ href: "/workspace/review", label: "the review queue" }}
        >
          {flagged.items.map((item) => (
            <li key={item.claimId} className={styles.item}>
              <Link href={`/workspace/claims/${item.claimId}/confirm`}>{item.statement}</Link>
              <p className={styles.meta}>
                {item.reason} · {item.trackerTitle} · since <RelativeAge value={item.since} now={now} />
                {item.confirmationPending ? " · a confirmation waits for review" : ""}
              </p>
            </li>
          ))}
        </InboxSection>
      ) : null}

      {evidence ? (
        <InboxSection
          id="inbox-evidence"
          title="Evidence with a gone link or a missing quote"
          total={evidence.total}
          shown={evidence.items.length}
          empty="Every evidence link answers and every checked quote was found."
          more={{ href: "/workspace/claims", label: "the claims" }}
        >
          {evidence.items.map((item) => (
            <li key={item.evidenceId} className={styles.item}>
              <Link href={`/workspace/evidence/${item.evidenceId}/edit`}>{item.title}</Link>
              <p className={styles.meta}>
                {[item.linkGone ? "link gone" : null, item.quoteNotFound ? "quote not found on the page" : null].filter(Boolean).join(" · ")} · on “{item.statement}”
              </p>
            </li>
          ))}
        </InboxSection>
      ) : null}
      {suggestions ? (
        <InboxSection
          id="inbox-suggestions"
          title="Reader suggestions to triage"
          total={suggestions.total}
          shown={suggestions.items.length}
          empty="No reader suggestion waits."
          more={{ href: "/workspace/submissions", label: "the triage queue" }}
        >
          {suggestions.items.map((item) => (
            <li key={item.submissionId} className={styles.item}>
              <Link href="/workspace/submissions" dir="auto">
                {item.about}
              </Link>
              <p className={styles.meta}>
                {SUGGESTION_LABELS[item.kind]} · {item.trackerTitle} · waiting <RelativeAge value={item.since} now={now} />
              </p>
            </li>
          ))}
        </InboxSection>
      ) : null}
      <p className={styles.meta}>Proposals waiting more than {REVIEW_OVERDUE_DAYS} days are marked overdue.</p>
    </section>
  );
}
