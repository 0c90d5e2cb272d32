import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SearchForm } from "@/components/search/search-form";
import { SearchResults } from "@/components/search/search-results";
import styles from "@/components/search/search.module.css";
import { isAppError } from "@/lib/errors/app-error";
import { firstValues, searchPublicClaims, type PublicSearch } from "@/lib/server/public/search-public-claims";
import { PUBLIC_SEARCH_FIELD_LABELS } from "@/lib/validation/public-search";

type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = {
  title: "Search claims and evidence",
  description: "Full-text search over the claims of every published tracker and the evidence logged against them.",
  // Result pages are endless variations of one page; the scorecards and claims are what to index.
  robots: { index: false, follow: true },
};

const FIELD_ORDER = ["q", "tracker", "point", "status", "page"];

/** The URL of one search state: the same parameters, one changed (empty ones left out). */
function searchHref(values: Record<string, string>, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const name of FIELD_ORDER) {
    const value = name in changes ? changes[name] : values[name];
    if (value) params.set(name, value);
  }
  return params.size ? `/search?${params}` : "/search";
}

export default async function SearchPage({ searchParams }: SearchPageProps) {
  const values = firstValues(await searchParams);
  let search: PublicSearch | null = null;
  let fieldErrors: Record<string, string> = {};
  try {
    search = await searchPublicClaims(values);
  } catch (error) {
    if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
    fieldErrors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, messages]) => [field, messages[0] ?? "is not valid"]));
  }
  // The filters still need the trackers when a parameter was refused: ask again without any.
  const trackers = search?.trackers ?? (await searchPublicClaims({})).trackers;
  const errorFields = FIELD_ORDER.filter((field) => fieldErrors[field]);

  return (
    <div className="container page">
      <p className="eyebrow">Search</p>
      <h1>Search claims and evidence</h1>
      {errorFields.length > 0 ? (
        <ErrorSummary
          title="This search could not run"
          idPrefix="search-"
          items={errorFields.map((field) => ({ field, text: `${PUBLIC_SEARCH_FIELD_LABELS[field] ?? field} ${fieldErrors[field]}.` }))}
          message={<Link href="/search">Start a new search</Link>}
        />
      ) : null}
      <SearchForm values={values} trackers={trackers} fieldErrors={fieldErrors} />

      {search === null ? null : !search.searched ? (
        <p className="muted">
          Type a few words, or choose a tracker or status, to find claims and the evidence logged against them.
        </p>
      ) : search.total === 0 ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">No results</h2>
          <p>Nothing published matches this search. Try fewer or different words, or remove a filter.</p>
        </section>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {search.total} {search.total === 1 ? "claim" : "claims"}
            {search.pageCount > 1 ? `, page ${search.page} of ${search.pageCount}` : ""}
          </h2>
          <SearchResults results={search.results} />
          {search.pageCount > 1 ? (
            <nav aria-label="Result pages" className={styles.actions}>
              {search.page > 1 ? (
                <Link href={searchHref(values, { page: search.page - 1 > 1 ? String(search.page - 1) : undefined })} rel="prev">
                  ← Previous results
                </Link>
              ) : null}
              {search.page < search.pageCount ? (
                <Link href={searchHref(values, { page: String(search.page + 1) })} rel="next">
                  Next results →
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      )}
    </div>
  );
}
