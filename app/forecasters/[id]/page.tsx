import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { CalibrationChart } from "@/components/forecasts/calibration-chart";
import { formatPercent, formatScore } from "@/components/forecasts/format";
import { forecastQuestionPath } from "@/components/forecasts/question-list";
import { FormattedDate } from "@/components/formatted-date";
import { DataTable } from "@/components/data-table";
import { readForecasterProfile } from "@/lib/server/forecasts/public/cached-forecast-reads";

type Props = { params: Promise<{ id: string }> };

const getProfileOrNotFound = cache(async (id: string) => {
  await connection();
  const profile = await readForecasterProfile(id);
  if (!profile) notFound();
  return profile;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getProfileOrNotFound((await params).id);
  return { title: `${profile.forecaster.name} · Forecaster`, description: `Forecasts, scores and calibration of ${profile.forecaster.name}.` };
}

const RESOLUTION_LABELS = { yes: "Yes", no: "No", annulled: "Annulled" } as const;

export default async function ForecasterPage({ params }: Props) {
  const profile = await getProfileOrNotFound((await params).id);
  const { scores } = profile;
  return (
    <div className="container page">
      <p className="eyebrow">Forecaster</p>
      <h1>{profile.forecaster.name}</h1>
      <p className="lede">
        {scores.count === 0
          ? "No resolved questions yet, so no scores."
          : `Over ${scores.count} resolved ${scores.count === 1 ? "question" : "questions"}: Brier ${formatScore(scores.brier)}, log score ${formatScore(scores.log)}.`}{" "}
        <Link href="/methodology#forecasts">How the scores work</Link>.
      </p>

      <section aria-labelledby="calibration-heading">
        <h2 id="calibration-heading">Calibration</h2>
        <CalibrationChart calibration={profile.calibration} id="forecaster-calibration" title={`Calibration of ${profile.forecaster.name}`} />
      </section>

      <section aria-labelledby="questions-heading">
        <h2 id="questions-heading">Questions</h2>
        {profile.questions.length === 0 ? (
          <p className="muted">No forecasts on public trackers yet.</p>
        ) : (
          <DataTable label="Questions and latest forecasts" caption="Questions and this forecaster’s latest forecast on each" columns={["Question", "Latest forecast", "Resolution"]}>
            {profile.questions.map((question) => (
              <tr key={question.id}>
                <td>
                  <Link href={forecastQuestionPath(question.tracker.slug, question.id)}>{question.title}</Link>{" "}
                  <span className="muted">({question.tracker.title})</span>
                </td>
                <td>
                  {formatPercent(question.probability)} on <FormattedDate value={question.at} />
                </td>
                <td>{question.resolution ? RESOLUTION_LABELS[question.resolution] : <span className="muted">Open</span>}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
