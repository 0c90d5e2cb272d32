import type { Metadata } from "next";
import { InformationCredibilityTable, SourceReliabilityTable } from "@/components/methodology/admiralty-tables";
import styles from "@/components/methodology/methodology.module.css";
import { ProofPointStateTable } from "@/components/methodology/proof-point-state-table";
import { ClaimReviewTable } from "@/components/methodology/claim-review-table";
import { ForecastMethod } from "@/components/methodology/forecast-method";
import { ReviewRules } from "@/components/methodology/review-rules";
import { StatusTable } from "@/components/methodology/status-table";
import { WeightTables } from "@/components/methodology/weight-tables";
import { CONFIRMED_MIN_ORIGINS, EVIDENCE_BALANCE_METHOD, headline, PROVENANCE_RELATION_LABELS, PROVENANCE_RELATIONS } from "@/lib/domain";
import { OPENAPI_PATH, SITE_FEED_PATH } from "@/lib/public/urls";

export const metadata: Metadata = {
  title: "Methodology",
  description:
    "How Proofboard rates claims, rolls them up into proof points, grades sources and evidence on the Admiralty scales, computes the evidence balance and reviews every status change.",
};

// Everything on this page comes from lib/domain constants, so it is static and always matches the code.
export default function MethodologyPage() {
  return (
    <div className="container page">
      <h1>Methodology</h1>
      <p className="lede">
        Proofboard breaks a contested question into proof points, files specific, checkable claims under each, and
        logs the evidence for and against them. These are the rules that turn that evidence into a scorecard.
      </p>

      <nav aria-labelledby="contents-heading" className="prose">
        <h2 id="contents-heading" className="visually-hidden">
          On this page
        </h2>
        <ol>
          <li><a href="#statuses">Claim statuses</a></li>
          <li><a href="#roll-up">How a box ticks</a></li>
          <li><a href="#admiralty">Rating sources and information</a></li>
          <li><a href="#evidence-balance">The evidence balance</a></li>
          <li><a href="#independent-origins">Independent origins</a></li>
          <li><a href="#review">Four-eyes review</a></li>
          <li><a href="#machine-readable">Machine-readable verdicts and data</a></li>
          <li><a href="#forecasts">Forecasts and their scores</a></li>
        </ol>
      </nav>

      <section id="statuses" className={styles.section} aria-labelledby="statuses-heading">
        <h2 id="statuses-heading">Claim statuses</h2>
        <p>
          Every claim starts as unverified. Its status is a reviewed judgement, not a calculation: it changes only
          when a reviewer approves a proposal (see <a href="#review">four-eyes review</a>).
        </p>
        <StatusTable />
        <p>
          Some claims carry a resolve-by date, such as &ldquo;working chips by 2028&rdquo;. A claim is marked{" "}
          <strong>overdue</strong> when that date has passed while it is still unverified or only partially supported,
          and <strong>due soon</strong> when the date is near. Overdue is shown beside the status; it is not a status
          of its own.
        </p>
      </section>

      <section id="roll-up" className={styles.section} aria-labelledby="roll-up-heading">
        <h2 id="roll-up-heading">How a box ticks</h2>
        <p>
          Each proof point on a scorecard is a box. Its state is derived from the reviewed statuses of the claims
          filed under it: the box shows the strongest state any of its claims earns. A refuted claim earns nothing,
          because disproving one claim does not settle the proof point either way.
        </p>
        <ProofPointStateTable />
        <p>
          The headline counts ticked boxes only, for example &ldquo;{headline(1, 6)}&rdquo;. Partial and contested
          boxes are shown on the scorecard but never counted as ticked.
        </p>
      </section>

      <section id="admiralty" className={styles.section} aria-labelledby="admiralty-heading">
        <h2 id="admiralty-heading">Rating sources and information</h2>
        <p>
          Evidence is graded on the two Admiralty scales (NATO AJP-2.1) used by intelligence analysts. They are
          independent: a usually reliable source can report something doubtful, and an unknown source can report
          something confirmed elsewhere. An item graded B2 comes from a usually reliable source and is probably true.
        </p>
        <SourceReliabilityTable />
        <InformationCredibilityTable />
      </section>

      <section id="evidence-balance" className={styles.section} aria-labelledby="evidence-balance-heading">
        <h2 id="evidence-balance-heading">The evidence balance</h2>
        <p>{EVIDENCE_BALANCE_METHOD}</p>
        <WeightTables />
      </section>

      <section id="independent-origins" className={styles.section} aria-labelledby="independent-origins-heading">
        <h2 id="independent-origins-heading">Independent origins</h2>
        <div className="prose">
          <p>
            One wire story, procurement notice or post repeated by ten outlets is one confirmation, not ten. Analysts record what each
            item {PROVENANCE_RELATIONS.map((relation) => PROVENANCE_RELATION_LABELS[relation]).join(", ")}, with who recorded it and why;
            readers see each link beside the item.
          </p>
          <p>
            Items joined by such links, in either direction and through any chain, are one origin. A claim&apos;s count of independent
            origins per side is the number of separate groups among its items: it never exceeds the number of items, a new link can only
            lower it, and the order links were recorded in does not matter. An item that draws on two origins joins them, so the count errs
            towards fewer confirmations, never more.
          </p>
          <p>
            Credibility 1 means “confirmed by other sources”. An item graded 1 on a side with fewer than {CONFIRMED_MIN_ORIGINS} independent
            origins carries a warning. Proofboard suggests likely repeats (the same article on another claim, a near-identical quote, a wire
            credit or a link in the captured page) for an analyst to confirm or dismiss; a suggestion never changes a count by itself. A link
            that changes what an approved status rests on flags the claim for re-review.
          </p>
        </div>
      </section>

      <section id="review" className={styles.section} aria-labelledby="review-heading">
        <h2 id="review-heading">Four-eyes review</h2>
        <p>No status changes on one person&apos;s word. Every change passes through these steps:</p>
        <ReviewRules />
      </section>

      <section id="machine-readable" className={styles.section} aria-labelledby="machine-readable-heading">
        <h2 id="machine-readable-heading">Machine-readable verdicts and data</h2>
        <p>
          Once a reviewer has approved a verdict on a claim, its page describes that verdict for search engines and
          fact-check tools as a schema.org <code>ClaimReview</code>: the claim as written, who made it and when, our
          rating, and the dates the verdict was first published and last changed. Claims nobody has reviewed yet carry
          no rating, and neither do claims on demo trackers, which are illustrations and not fact checks. Our five
          statuses map onto the 1 to 5 rating scale like this:
        </p>
        <ClaimReviewTable />
        <p>
          Disputed sits below unverified because credible sources have contradicted the claim; unverified means no
          reviewed evidence settles it either way.
        </p>
        <p>
          The same records are open for reuse: every tracker has an Atom feed of approved changes (and the{" "}
          <a href={SITE_FEED_PATH}>site-wide feed</a> has all of them), CSV and JSON downloads of its claims, evidence
          and history, an embeddable badge and widget, and a read-only JSON API described by its{" "}
          <a href={OPENAPI_PATH}>OpenAPI document</a>. Feeds, downloads and API answers may be up to a minute old in
          your browser or a shared cache; the site itself shows an approval on the next request.
        </p>
      </section>

      <ForecastMethod />
    </div>
  );
}
