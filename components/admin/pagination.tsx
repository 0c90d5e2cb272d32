import Link from "next/link";
import styles from "./audit.module.css";

type Props = { page: number; pageCount: number; baseQuery: URLSearchParams; path: string };

/** Previous / next links that keep the current filters. */
export function Pagination({ page, pageCount, baseQuery, path }: Props) {
  if (pageCount <= 1 && page <= 1) return null;
  const href = (target: number) => {
    const query = new URLSearchParams(baseQuery);
    if (target > 1) query.set("page", String(target));
    return query.size ? `${path}?${query}` : path;
  };
  return (
    <nav aria-label="Pages" className={styles.pagination}>
      {page > 1 ? (
        <Link href={href(Math.min(page - 1, pageCount))} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} rel="next">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
