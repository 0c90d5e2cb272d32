import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DiffText } from "@/components/criteria/diff-text";
import { DemoBanner } from "@/components/demo-banner";
import { ForecastHistoryChart } from "@/components/forecasts/forecast-history-chart";
import { SubmitForecastForm } from "@/components/forecasts/forecast-forms";
import { formatPercent, formatScore } from "@/components/forecasts/format";
import { QuestionStateBadge } from "@/components/forecasts/question-state-badge";
import { forecasterPath } from "@/components/forecasts/score-table";
import styles from "@/components/forecasts/forecasts.module.css";
import { FormattedDate } from "@/components/formatted-date";
import { DataTable } from "@/components/data-table";
import { hasPermission } from "@/lib/auth/permissions";
import { getCurrentActor } from "@/lib/auth/session";
import { STATUS_LABELS } from "@/lib/domain";
import { getOwnForecasting } from "@/lib/server/forecasts/get-own-forecasting";
import type { PublicForecaster } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { submitForecastAction } from "../actions";
import { getForecastsOrNotFound } from "../get-forecasts-or-not-found";

type Props = { params: Promise<{ slug: string; id: string }>; searchParams: Promise<{ saved?: string | string[] }> };

async function load(params: Props["params"]) {
  const { slug, id } = await params;
  const forecasts = await getForecastsOrNotFound(slug, `/forecasts/${encodeURIComponent(id)}`);
  const question = forecasts.questions.find((candidate) => candidate.id === id);
  if (!question) notFound();
  return { forecasts, question };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { forecasts, question } = await load(params);
  return { title: `${question.title} · ${forecasts.tracker.title}`, description: `Community forecast ${formatPercent(question.community.probability)} from ${question.community.forecasters} forecasters.` };
}

const Forecaster = ({ forecaster }: { forecaster: PublicForecaster }) =>
  forecaster ? <Link href={forecasterPath(forecaster.id)}>{forecaster.name}</Link> : <span className="muted">A forecaster without a public profile</span>;

export default async function ForecastQuestionPage({ params, searchParams }: Props) {
  const { forecasts, question } = await load(params);
  const { tracker } = forecasts;
  const saved = (await searchParams).saved === "forecast";
  const actor = await getCurrentActor();
  const mayForecast = actor !== null && !actor.deactivatedAt && hasPermission(actor.roles, "forecast:submit");
  const own = mayForecast && question.state === "open" ? await getOwnForecasting(actor.id, question.id) : null;
  const pointHref = `/trackers/${tracker.slug}/points/${question.proofPoint.key}`;

  return (
    <div className="container page">
      {tracker.isDemo ? <DemoBanner /> : null}
      <p className="eyebrow">
        <Link href={`/trackers/${tracker.slug}`}>{tracker.title}</Link> · <Link href={`/trackers/${tracker.slug}/forecasts`}>Forecasts</Link>
      </p>
      <h1>{question.title}</h1>
      <p>
        <QuestionStateBadge state={question.state} />
      </p>

      <dl className={styles.facts}>
        <dt>Proof point</dt>
        <dd>
          <Link href={pointHref}>{question.proofPoint.title}</Link>
        </dd>
        <dt>Criteria</dt>
        <dd>
          <Link href={`${pointHref}#version-${question.criteriaVersion}`}>Version {question.criteriaVersion}</Link>
        </dd>
        <dt>Opened</dt>
        <dd>
          <FormattedDate value={question.openedAt} />
        </dd>
        <dt>Closes</dt>
        <dd>
          <FormattedDate value={question.closesOn} /> (end of day, UTC)
        </dd>
        <dt>Resolves by</dt>
        <dd>
          <FormattedDate value={question.resolvesBy} />
        </dd>
        {question.resolvedAt ? (
          <>
            <dt>{question.state === "annulled" ? "Annulled" : "Resolved"}</dt>
            <dd>
              <FormattedDate value={question.resolvedAt} />
            </dd>
          </>
        ) : null}
      </dl>

      <section aria-labelledby="resolution-heading">
        <h2 id="resolution-heading">Resolution</h2>
        {question.state === "yes" && question.resolvedBy ? (
          <p>
            Resolved <strong>yes</strong>: a reviewer approved{" "}
            <Link href={`/claims/${question.resolvedBy.claimId}`}>a claim</Link> as {STATUS_LABELS[question.resolvedBy.toStatus].toLowerCase()},
            which ticked the box under criteria version {question.criteriaVersion}.
          </p>
        ) : question.state === "no" ? (
          <p>
            Resolved <strong>no</strong>: the resolve-by date passed with the box unticked.
          </p>
        ) : question.state === "annulled" && question.annulledBy ? (
          <>
            <p>
              Annulled: criteria version {question.annulledBy.version} changed what ticks the box before the question
              resolved, so it can no longer be answered as asked. It is not scored.
            </p>
            {question.annulledBy.note ? <p>&ldquo;{question.annulledBy.note}&rdquo;</p> : null}
            <dl className={styles.facts}>
              {question.annulledBy.diff
                .filter((field) => field.changed)
                .map((field) => (
                  <div key={field.field} style={{ display: "contents" }}>
                    <dt>{field.label}</dt>
                    <dd>
                      <DiffText segments={field.segments} />
                    </dd>
                  </div>
                ))}
            </dl>
          </>
        ) : (
          <p className="muted">
            Not resolved yet. It resolves yes as soon as an approved change ticks the box, and no if the box is still
            unticked after <FormattedDate value={question.resolvesBy} />.
          </p>
        )}
      </section>

      <section aria-labelledby="community-heading">
        <h2 id="community-heading">Community forecast</h2>
        <p className={styles.big}>{formatPercent(question.community.probability)}</p>
        <p className="muted">
          Median of the latest forecast of each of {question.community.forecasters}{" "}
          {question.community.forecasters === 1 ? "forecaster" : "forecasters"}.
        </p>
        <ForecastHistoryChart question={question} />
      </section>

      {question.scores ? (
        <section aria-labelledby="question-scores-heading">
          <h2 id="question-scores-heading">Scores</h2>
          <DataTable label="Scores on this question" columns={["Forecaster", "Final forecast", "Brier", "Log score"]}>
            <tr>
              <th scope="row">Community forecast</th>
              <td>{formatPercent(question.community.probability)}</td>
              <td>{formatScore(question.scores.community.brier)}</td>
              <td>{formatScore(question.scores.community.log)}</td>
            </tr>
            {question.scores.forecasters.map((row, index) => (
              <tr key={index}>
                <th scope="row">
                  <Forecaster forecaster={row.forecaster} />
                </th>
                <td>{formatPercent(row.probability)}</td>
                <td>{formatScore(row.brier)}</td>
                <td>{formatScore(row.log)}</td>
              </tr>
            ))}
          </DataTable>
        </section>
      ) : null}

      {own ? (
        <section aria-labelledby="your-forecast-heading">
          <h2 id="your-forecast-heading">Your forecast</h2>
          {saved ? <p role="status">Forecast saved.</p> : null}
          <SubmitForecastForm action={submitForecastAction} questionId={question.id} current={own.latestPercent} />
        </section>
      ) : null}

      <section aria-labelledby="forecasts-heading">
        <h2 id="forecasts-heading">Every forecast</h2>
        {question.forecasts.length === 0 ? (
          <p className="muted">No forecasts yet.</p>
        ) : (
          <DataTable label="Every forecast on this question" caption="Every forecast on this question, oldest first" columns={["When", "Forecaster", "Probability", "Rationale"]}>
            {question.forecasts.map((forecast, index) => (
              <tr key={index}>
                <td>
                  <FormattedDate value={forecast.at} />
                </td>
                <td>
                  <Forecaster forecaster={forecast.forecaster} />
                </td>
                <td>{formatPercent(forecast.probability)}</td>
                <td>{forecast.rationale || <span className="muted">–</span>}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
