import Link from "next/link";
import type { FormState } from "@/lib/actions/form-state";
import { ReaderSubmissionForm } from "./reader-submission-form";
import styles from "./reader-forms.module.css";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/** The claim page's two reader forms, folded so the page stays short on a phone. */
export function ClaimReaderForms({ claimId, action, correctionsHref }: { claimId: string; action: Action; correctionsHref: string }) {
  return (
    <section aria-labelledby="reader-forms-heading" className={styles.forms}>
      <h2 id="reader-forms-heading">Know more? Spotted an error?</h2>
      <p className="muted">
        No account needed. See how we handle reports in the <Link href={correctionsHref}>corrections log</Link>.
      </p>
      <details className={styles.panel}>
        <summary>Suggest evidence</summary>
        <ReaderSubmissionForm kind="evidence" action={action} target={{ claimId }} />
      </details>
      <details className={styles.panel}>
        <summary>Dispute / report an error</summary>
        <ReaderSubmissionForm kind="dispute" action={action} target={{ claimId }} />
      </details>
    </section>
  );
}

/** "Suggest a claim" on a tracker or proof-point page. */
export function SuggestClaimForm({
  trackerSlug,
  proofPointKey,
  proofPoints,
  action,
}: {
  trackerSlug: string;
  proofPointKey?: string;
  proofPoints?: readonly { key: string; title: string }[];
  action: Action;
}) {
  return (
    <section aria-labelledby="suggest-claim-heading" className={styles.forms}>
      <h2 id="suggest-claim-heading" className="visually-hidden">
        Suggest a claim
      </h2>
      <details className={styles.panel}>
        <summary>Suggest a claim</summary>
        <ReaderSubmissionForm kind="claim" action={action} target={proofPointKey ? { trackerSlug, proofPointKey } : { trackerSlug }} proofPoints={proofPointKey ? undefined : proofPoints} />
      </details>
    </section>
  );
}
