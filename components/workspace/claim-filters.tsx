import Form from "next/form";
import Link from "next/link";
import { formStyles, inputClass, selectClass, StatusFilterOptions } from "@/components/forms";
import { claimListHref, SEARCH_MAX_LENGTH, type TClaimListQuery } from "@/lib/validation/claim-list";
import styles from "./claim-list.module.css";

type Props = {
  query: TClaimListQuery;
  trackerSlug: string;
  proofPoints: { key: string; title: string }[];
};

/** Search and filters as a GET form: every state is a URL that can be bookmarked or shared. */
export function ClaimFilters({ query, trackerSlug, proofPoints }: Props) {
  const filtered = Boolean(query.q || query.point || query.status || query.pending || query.overdue);
  return (
    // Keyed by the URL state: after "clear" or a pagination link the fields show that state,
    // not what was typed before.
    <Form key={claimListHref(query)} action="/workspace/claims" className={styles.filters} role="search" aria-label="Search and filter claims">
      <input type="hidden" name="tracker" value={trackerSlug} />
      <div className={styles.searchRow}>
        <label htmlFor="q" className={formStyles.label}>
          Search claims and their evidence
        </label>
        <input
          id="q"
          name="q"
          type="search"
          maxLength={SEARCH_MAX_LENGTH}
          defaultValue={query.q ?? ""}
          placeholder="e.g. wafer, “overlay accuracy”, SMEE -rumour"
          className={inputClass}
        />
      </div>
      <div className={styles.filterRow}>
        <div>
          <label htmlFor="point" className={formStyles.label}>
            Proof point
          </label>
          <select id="point" name="point" defaultValue={query.point ?? ""} className={selectClass}>
            <option value="">All proof points</option>
            {proofPoints.map((point) => (
              <option key={point.key} value={point.key}>
                {point.title}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className={formStyles.label}>
            Status
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={selectClass}>
            <StatusFilterOptions />
          </select>
        </div>
        <fieldset className={styles.flags}>
          <legend className="visually-hidden">Only claims that</legend>
          <label className={formStyles.checkbox}>
            <input type="checkbox" name="pending" value="1" defaultChecked={query.pending} /> Has a pending proposal
          </label>
          <label className={formStyles.checkbox}>
            <input type="checkbox" name="overdue" value="1" defaultChecked={query.overdue} /> Overdue
          </label>
        </fieldset>
      </div>
      <div className={formStyles.actions}>
        <button type="submit" className="button">
          Search
        </button>
        {filtered ? <Link href={claimListHref({ tracker: trackerSlug })}>Clear search and filters</Link> : null}
      </div>
    </Form>
  );
}
