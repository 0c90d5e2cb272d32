import { formStyles, selectClass } from "@/components/forms";
import type { ReviewTrackerOption } from "@/lib/server/review/list-review-trackers";
import styles from "./review.module.css";

/** A plain GET form: the filter lives in the URL, so a filtered queue can be bookmarked and shared. */
export function TrackerFilter({ trackers, selected }: { trackers: ReviewTrackerOption[]; selected?: string }) {
  return (
    <form method="get" action="/workspace/review" className={styles.filter} role="search" aria-label="Filter the queue">
      <div className={`${formStyles.field} ${styles.field}`}>
        <label htmlFor="tracker" className={formStyles.label}>
          Tracker
        </label>
        <select id="tracker" name="tracker" defaultValue={selected ?? ""} className={selectClass}>
          <option value="">All trackers</option>
          {trackers.map((tracker) => (
            <option key={tracker.slug} value={tracker.slug}>
              {tracker.title}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Filter
      </button>
    </form>
  );
}
