import Link from "next/link";
import type { CorrectionsLog } from "@/lib/server/public/list-corrections";
import { CORRECTIONS_FEED_PATH, trackerPaths } from "@/lib/public/urls";
import { CorrectionList, CorrectionsPolicy, DeclinedReports } from "./corrections-log";

/** The corrections log of a tracker or of the whole site. */
export function CorrectionsPage({ log }: { log: CorrectionsLog }) {
  const tracker = log.tracker;
  const feed = tracker ? trackerPaths(tracker.slug).correctionsFeed : CORRECTIONS_FEED_PATH;
  return (
    <div className="container page">
      <p className="eyebrow">{tracker ? <Link href={trackerPaths(tracker.slug).page}>{tracker.title}</Link> : "Proofboard"}</p>
      <h1>Corrections</h1>
      <p className="lede">
        {tracker ? "Every accepted report of an error in this tracker" : "Every accepted report of an error, across all published trackers,"} and the reviewed change it
        led to, and every reviewed change that reversed an earlier verdict. <a href={feed}>Subscribe (Atom)</a>
      </p>
      <CorrectionsPolicy text={log.policy.text} updatedAt={log.policy.updatedAt} />
      <section aria-labelledby="corrections-heading">
        <h2 id="corrections-heading">Corrections ({log.entries.length})</h2>
        <CorrectionList entries={log.entries} showTracker={!tracker} />
      </section>
      <section aria-labelledby="declined-heading">
        <h2 id="declined-heading">Reports we declined ({log.declined.length})</h2>
        <DeclinedReports reports={log.declined} />
      </section>
    </div>
  );
}
