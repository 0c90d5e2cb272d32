import Link from "next/link";
import type { PublicForecastQuestion } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { formatDate } from "../format";
import { formatPercent } from "./format";
import { QuestionStateBadge } from "./question-state-badge";
import styles from "./forecasts.module.css";

export const forecastQuestionPath = (slug: string, id: string) => `/trackers/${encodeURIComponent(slug)}/forecasts/${encodeURIComponent(id)}`;

/** Forecast questions with their state, community forecast and number of forecasters. */
export function QuestionList({ questions, trackerSlug, empty }: { questions: PublicForecastQuestion[]; trackerSlug: string; empty: string }) {
  if (questions.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className={styles.questions}>
      {questions.map((question) => (
        <li key={question.id} className={styles.question}>
          <p className={styles.questionTitle}>
            <Link href={forecastQuestionPath(trackerSlug, question.id)}>{question.title}</Link>
          </p>
          <p className={styles.meta}>
            <QuestionStateBadge state={question.state} /> Community forecast {formatPercent(question.community.probability)} from{" "}
            {question.community.forecasters} {question.community.forecasters === 1 ? "forecaster" : "forecasters"} · closes{" "}
            {formatDate(question.closesOn)}
          </p>
        </li>
      ))}
    </ul>
  );
}
