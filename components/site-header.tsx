import Link from "next/link";
import type { ReactNode } from "react";
import { NavLink } from "./nav-link";
import styles from "./site-header.module.css";

type SiteHeaderProps = {
  /**
   * SIGN-IN SLOT: holds the sign-in link or the account menu. The root
   * layout passes it in, so this public component never needs to know about sessions.
   */
  accountSlot?: ReactNode;
};

export function SiteHeader({ accountSlot }: SiteHeaderProps) {
  return (
    <header className={styles.header}>
      <div className={`container ${styles.inner}`}>
        <Link href="/" className={styles.wordmark}>
          Proofboard
          <span className={styles.tick} aria-hidden="true">
            ✓
          </span>
        </Link>
        <nav className={styles.nav} aria-label="Main">
          <ul className={styles.links}>
            <li>
              <NavLink href="/" matchPrefixes={["/trackers", "/claims"]} className={styles.link}>
                Trackers
              </NavLink>
            </li>
            <li>
              <NavLink href="/methodology" className={styles.link}>
                Methodology
              </NavLink>
            </li>
            <li>
              <NavLink href="/search" className={styles.link}>
                Search
              </NavLink>
            </li>
          </ul>
          {/* SIGN-IN SLOT (see SiteHeaderProps.accountSlot). */}
          <div className={styles.account}>{accountSlot}</div>
        </nav>
      </div>
    </header>
  );
}
