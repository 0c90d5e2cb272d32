import type { PublicClaim } from "@/lib/server/public/get-public-claim";
import styles from "./claim-facts.module.css";
import { FormattedDate } from "./formatted-date";

type ClaimFactsProps = {
  claim: Pick<PublicClaim, "claimant" | "subject" | "claimedAt" | "resolveBy" | "proofPoint">;
};

/** Who made the claim, about whom, when, and by when it should resolve. */
export function ClaimFacts({ claim }: ClaimFactsProps) {
  return (
    <dl className={styles.facts}>
      <div>
        <dt>Claimant</dt>
        <dd dir="auto">{claim.claimant}</dd>
      </div>
      <div>
        <dt>Subject</dt>
        <dd dir="auto">{claim.subject}</dd>
      </div>
      <div>
        <dt>Claimed</dt>
        <dd>
          <FormattedDate value={claim.claimedAt} />
        </dd>
      </div>
      <div>
        <dt>Resolve by</dt>
        <dd>{claim.resolveBy ? <FormattedDate value={claim.resolveBy} /> : "No deadline"}</dd>
      </div>
      <div>
        <dt>Proof point</dt>
        <dd dir="auto">{claim.proofPoint.title}</dd>
      </div>
    </dl>
  );
}
