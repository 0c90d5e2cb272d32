import type { Metadata } from "next";
import Link from "next/link";
import { DemoBanner } from "@/components/demo-banner";
import { CalibrationChart } from "@/components/forecasts/calibration-chart";
import { ForecastProfileForm, OpenQuestionForm } from "@/components/forecasts/forecast-forms";
import { QuestionList } from "@/components/forecasts/question-list";
import { ScoreTable } from "@/components/forecasts/score-table";
import { hasPermission } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { getOwnForecasting } from "@/lib/server/forecasts/get-own-forecasting";
import { forecastProfileAction, openQuestionAction } from "./actions";
import { getForecastsOrNotFound } from "./get-forecasts-or-not-found";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { tracker } = await getForecastsOrNotFound(slug);
  return { title: `Forecasts · ${tracker.title}`, description: `Forecast questions on the proof points of ${tracker.title}, resolved by reviewed verdicts, with public scores.` };
}

export default async function TrackerForecastsPage({ params }: Props) {
  const { slug } = await params;
  const forecasts = await getForecastsOrNotFound(slug);
  const { tracker } = forecasts;
  const actor = await getCurrentActor();
  const active = actor && !actor.deactivatedAt ? actor : null;
  const mayOpen = active !== null && hasPermission(active.roles, "forecast:open");
  const mayForecast = active !== null && hasPermission(active.roles, "forecast:submit");
  const own = mayForecast ? await getOwnForecasting(active.id) : null;
  const open = forecasts.questions.filter((question) => question.state === "open" || question.state === "closed");
  const settled = forecasts.questions.filter((question) => question.state !== "open" && question.state !== "closed");

  return (
    <div className="container page">
      {tracker.isDemo ? <DemoBanner /> : null}
      <p className="eyebrow">
        <Link href={`/trackers/${tracker.slug}`}>{tracker.title}</Link> · Forecasts
      </p>
      <h1>Forecasts</h1>
      <p className="lede">
        When will each box tick? Questions resolve from reviewed verdicts only, and every forecast is scored in public.{" "}
        <Link href="/methodology#forecasts">How the scores work</Link>.
      </p>

      <section aria-labelledby="open-questions-heading">
        <h2 id="open-questions-heading">Open questions</h2>
        <QuestionList questions={open} trackerSlug={tracker.slug} empty="No question is open on this tracker right now." />
      </section>

      <section aria-labelledby="settled-questions-heading">
        <h2 id="settled-questions-heading">Resolved and annulled questions</h2>
        <QuestionList questions={settled} trackerSlug={tracker.slug} empty="No question has resolved yet." />
      </section>

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">Scores</h2>
        <ScoreTable community={forecasts.scores.community} forecasters={forecasts.scores.forecasters} caption={`Forecast scores on ${tracker.title}`} />
      </section>

      <section aria-labelledby="calibration-heading">
        <h2 id="calibration-heading">Calibration</h2>
        <h3>All forecasters</h3>
        <CalibrationChart calibration={forecasts.calibration} id="tracker-calibration" title={`Calibration of every forecast on ${tracker.title}`} />
        <h3>Community forecast</h3>
        <CalibrationChart calibration={forecasts.communityCalibration} id="community-calibration" title={`Calibration of the community forecast on ${tracker.title}`} />
      </section>

      {mayOpen && forecasts.proofPoints.length > 0 ? (
        <section aria-labelledby="open-question-heading">
          <h2 id="open-question-heading">Open a question</h2>
          <p className="muted">The question names the proof point&rsquo;s current criteria version. It resolves by itself.</p>
          <OpenQuestionForm action={openQuestionAction} proofPoints={forecasts.proofPoints} />
        </section>
      ) : null}

      {own ? (
        <section aria-labelledby="profile-heading">
          <h2 id="profile-heading">Your forecasting profile</h2>
          <ForecastProfileForm action={forecastProfileAction} isPublic={own.profilePublic} />
          {own.profilePublic ? (
            <p>
              <Link href={`/forecasters/${active!.id}`}>Your public profile</Link>
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
