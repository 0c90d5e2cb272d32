import type { SearchFilterTracker } from "@/lib/server/public/search-public-claims";
import { SEARCH_MAX_LENGTH } from "@/lib/validation/claim-list";
import type { TPublicSearchQuery } from "@/lib/validation/public-search";
import { Field, inputClass, selectClass, StatusFilterOptions } from "@/components/forms";
import styles from "./search.module.css";

type SearchFormProps = {
  /** What the URL asked for, as typed (also when it did not parse, so the reader can correct it). */
  values: Record<string, string>;
  trackers: SearchFilterTracker[];
  fieldErrors: Record<string, string>;
  query?: TPublicSearchQuery;
};

/**
 * A plain GET form: every search is a URL a reader can bookmark or share, and it works
 * without JavaScript. Proof points belong to one tracker, so their choice appears once a
 * tracker is chosen.
 */
export function SearchForm({ values, trackers, fieldErrors }: SearchFormProps) {
  const tracker = trackers.find((candidate) => candidate.slug === values.tracker);
  return (
    <form method="get" action="/search" role="search" className={styles.form}>
      <div className={styles.words}>
        <Field
          id="search-q"
          label="Search words"
          hint="Claims and their evidence. Use “quotes” for a phrase and -word to leave a word out."
          error={fieldErrors.q}
        >
          {(aria) => (
            <input {...aria} name="q" type="search" defaultValue={values.q ?? ""} maxLength={SEARCH_MAX_LENGTH} className={inputClass} />
          )}
        </Field>
      </div>
      <div className={styles.filters}>
        <Field id="search-tracker" label="Tracker" error={fieldErrors.tracker}>
          {(aria) => (
            <select {...aria} name="tracker" defaultValue={values.tracker ?? ""} className={selectClass}>
              <option value="">All trackers</option>
              {trackers.map((option) => (
                <option key={option.slug} value={option.slug}>
                  {option.title}
                </option>
              ))}
              {values.tracker && !tracker ? <option value={values.tracker}>{values.tracker} (not found)</option> : null}
            </select>
          )}
        </Field>
        {tracker ? (
          <Field id="search-point" label="Proof point" error={fieldErrors.point}>
            {(aria) => (
              <select {...aria} name="point" defaultValue={values.point ?? ""} className={selectClass}>
                <option value="">All proof points</option>
                {tracker.proofPoints.map((point) => (
                  <option key={point.key} value={point.key}>
                    {point.title}
                    {point.retired ? " (retired)" : ""}
                  </option>
                ))}
                {values.point && !tracker.proofPoints.some((point) => point.key === values.point) ? (
                  <option value={values.point}>{values.point} (not found)</option>
                ) : null}
              </select>
            )}
          </Field>
        ) : values.point ? (
          // Kept so the message about it has a field to point at.
          <Field id="search-point" label="Proof point" error={fieldErrors.point}>
            {(aria) => <input {...aria} name="point" defaultValue={values.point} className={inputClass} />}
          </Field>
        ) : null}
        <Field id="search-status" label="Status" error={fieldErrors.status}>
          {(aria) => (
            <select {...aria} name="status" defaultValue={values.status ?? ""} className={selectClass}>
              <StatusFilterOptions />
            </select>
          )}
        </Field>
      </div>
      <p className={styles.actions}>
        <button type="submit" className="button">
          Search
        </button>
        {!tracker && trackers.length > 0 ? <span className="muted">Choose a tracker to filter by its proof points.</span> : null}
      </p>
    </form>
  );
}
