import type { Metadata } from "next";
import { ChecklistChanges } from "@/components/checklist-changes";
import { DemoBanner } from "@/components/demo-banner";
import { EmbedSnippets } from "@/components/embed-snippets";
import { LatestChanges } from "@/components/latest-changes";
import { RetiredProofPoints } from "@/components/retired-proof-points";
import { ScorecardDeadlines } from "@/components/scorecard-deadlines";
import { ScorecardHeadline } from "@/components/scorecard-headline";
import { ScorecardRow } from "@/components/scorecard-row";
import { ScorecardSections } from "@/components/scorecard-sections";
import { StatusCounts } from "@/components/status-counts";
import { TickChart } from "@/components/tick-chart";
import { BoxStateChart } from "@/components/box-state-chart";
import { TrackerOutputs } from "@/components/tracker-outputs";
import { SuggestClaimForm } from "@/components/reader/claim-reader-forms";
import { submitReaderSubmissionAction } from "@/app/reader/actions";
import { FollowForm } from "@/components/notifications/follow-form";
import { followByEmailAction } from "@/app/follow/actions";
import { ForecastsSection } from "@/components/forecasts/forecasts-section";
import { sweepDueForecastQuestions } from "@/lib/server/forecasts/due-resolution-sweep";
import { headline } from "@/lib/domain";
import { serverEnv } from "@/lib/env";
import { trackerPaths } from "@/lib/public/urls";
import { getScorecardOrNotFound } from "./get-scorecard-or-not-found";
import styles from "./scorecard.module.css";

type TrackerPageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: TrackerPageProps): Promise<Metadata> {
  const { slug } = await params;
  const { tracker, ticked, total } = await getScorecardOrNotFound(slug);
  const paths = trackerPaths(tracker.slug);
  const description = `${headline(ticked, total)}. ${tracker.question}`;
  return {
    title: tracker.title,
    description,
    alternates: {
      canonical: `${serverEnv().PUBLIC_BASE_URL}${paths.page}`,
      types: { "application/atom+xml": [{ url: paths.feed, title: `${tracker.title}: approved status changes` }] },
    },
    openGraph: {
      type: "website",
      siteName: "Proofboard",
      title: `${tracker.title}: ${headline(ticked, total)}`,
      description: tracker.question,
      url: `${serverEnv().PUBLIC_BASE_URL}${paths.page}`,
    },
    twitter: { card: "summary_large_image", title: `${tracker.title}: ${headline(ticked, total)}`, description: tracker.question },
  };
}

export default async function TrackerPage({ params }: TrackerPageProps) {
  const { slug } = await params;
  // Questions past their date resolve first (at most once a minute), so none shows as awaiting an answer it has had.
  await sweepDueForecastQuestions();
  const scorecard = await getScorecardOrNotFound(slug);
  const { tracker, proofPoints } = scorecard;

  return (
    <div className={`container page ${styles.scorecard}`}>
      {tracker.isDemo ? <DemoBanner /> : null}
      <p className="eyebrow">Scorecard</p>
      <h1 dir="auto">{tracker.title}</h1>
      <p className="lede" dir="auto">
        {tracker.question}
      </p>
      {tracker.description ? (
        <p className="prose" dir="auto">
          {tracker.description}
        </p>
      ) : null}

      {/* Sticks to the top while the reader scrolls a long scorecard: the answer and a way to every section. */}
      <div className={styles.summary}>
        <ScorecardHeadline
          ticked={scorecard.ticked}
          total={scorecard.total}
          points={proofPoints.map((point) => ({ key: point.key, title: point.title, state: point.state }))}
          asOf={scorecard.asOf}
        />
        <ScorecardSections />
      </div>
      {scorecard.retiredProofPoints.length > 0 ? (
        <p className="muted">
          Not counted: {scorecard.retiredProofPoints.length} retired proof{" "}
          {scorecard.retiredProofPoints.length === 1 ? "point" : "points"} (
          <a href="#retired-proof-points-heading">see below</a>).
        </p>
      ) : null}

      <section aria-labelledby="status-counts-heading" className={styles.counts}>
        <h2 id="status-counts-heading" className={styles.smallHeading}>
          {scorecard.claimCount} {scorecard.claimCount === 1 ? "claim" : "claims"} by status
        </h2>
        <StatusCounts counts={scorecard.statusCounts} />
      </section>

      <section aria-labelledby="proof-points-heading">
        <h2 id="proof-points-heading">Proof points</h2>
        {proofPoints.length === 0 ? (
          <p className="muted">This tracker has no proof points yet.</p>
        ) : (
          <ol className={styles.rows}>
            {proofPoints.map((proofPoint, index) => (
              <ScorecardRow key={proofPoint.key} proofPoint={proofPoint} number={index + 1} trackerSlug={tracker.slug} />
            ))}
          </ol>
        )}
      </section>

      {scorecard.retiredProofPoints.length > 0 ? (
        <RetiredProofPoints proofPoints={scorecard.retiredProofPoints} trackerSlug={tracker.slug} />
      ) : null}

      <section aria-labelledby="tick-chart-heading">
        <h2 id="tick-chart-heading">Boxes ticked over time</h2>
        <TickChart chart={scorecard.tickChart} />
        <h3 id="box-state-chart-heading">Each box&apos;s state over time</h3>
        <BoxStateChart chart={scorecard.tickChart} csvHref={trackerPaths(tracker.slug).exportCsv("box_states")} />
      </section>

      <section aria-labelledby="deadlines-heading">
        <h2 id="deadlines-heading">Resolve-by dates</h2>
        <ScorecardDeadlines deadlines={scorecard.deadlines} />
      </section>

      <ForecastsSection
        questions={scorecard.forecastQuestions}
        trackerSlug={tracker.slug}
        empty="No forecast question is open on this tracker right now."
      />

      <section aria-labelledby="latest-changes-heading">
        <h2 id="latest-changes-heading">Latest approved changes</h2>
        <LatestChanges changes={scorecard.latestChanges} />
      </section>

      <section aria-labelledby="checklist-changes-heading">
        <h2 id="checklist-changes-heading">Changes to this checklist</h2>
        <p className="muted">
          Proof points added, retired or reworded, and changes to what would tick a box. A change of criteria never
          changes a claim&rsquo;s status by itself: reviewers re-judge claims through the usual review.
        </p>
        <ChecklistChanges changes={scorecard.checklistChanges} trackerSlug={tracker.slug} />
      </section>

      <section aria-labelledby="outputs-heading">
        <h2 id="outputs-heading">Data, feed and API</h2>
        <TrackerOutputs slug={tracker.slug} />
        <p>
          <a href={trackerPaths(tracker.slug).corrections}>Corrections</a>: reported errors and reversed verdicts.
        </p>
      </section>

      <SuggestClaimForm trackerSlug={tracker.slug} proofPoints={proofPoints} action={submitReaderSubmissionAction} />
      <section aria-labelledby="follow-heading">
        <h2 id="follow-heading">Follow this tracker</h2>
        <FollowForm target={{ trackerId: tracker.id }} what="this tracker" action={followByEmailAction} />
      </section>

      <section aria-labelledby="embed-heading">
        <h2 id="embed-heading">Embed this scorecard</h2>
        <EmbedSnippets slug={tracker.slug} title={tracker.title} baseUrl={serverEnv().PUBLIC_BASE_URL} />
      </section>
    </div>
  );
}
