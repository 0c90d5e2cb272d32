import Link from "next/link";
import type { PublicForecastQuestion } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { QuestionList } from "./question-list";

/** The forecast questions of a proof point or a tracker, with a link to all of them and their scores. */
export function ForecastsSection({ questions, trackerSlug, empty }: { questions: PublicForecastQuestion[]; trackerSlug: string; empty: string }) {
  return (
    <section aria-labelledby="forecasts-section-heading">
      <h2 id="forecasts-section-heading">Forecasts</h2>
      <QuestionList questions={questions} trackerSlug={trackerSlug} empty={empty} />
      <p>
        <Link href={`/trackers/${encodeURIComponent(trackerSlug)}/forecasts`}>Every forecast question, scores and calibration</Link>
      </p>
    </section>
  );
}
