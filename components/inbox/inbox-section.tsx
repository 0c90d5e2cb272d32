import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./inbox.module.css";

type Props = {
  id: string;
  title: string;
  total: number;
  shown: number;
  empty: string;
  /** The page with every item, when the section lists only the first ones. */
  more?: { href: string; label: string };
  children: ReactNode;
};

/** One inbox section: its heading with the count, its items, or a sentence when there are none. */
export function InboxSection({ id, title, total, shown, empty, more, children }: Props) {
  return (
    <section aria-labelledby={id} className={styles.section}>
      <h3 id={id}>
        {title} ({total})
      </h3>
      {total === 0 ? <p className={styles.empty}>{empty}</p> : <ul className={styles.list}>{children}</ul>}
      {more && total > shown ? (
        <p className={styles.more}>
          {total - shown} more: <Link href={more.href}>{more.label}</Link>
        </p>
      ) : null}
    </section>
  );
}
