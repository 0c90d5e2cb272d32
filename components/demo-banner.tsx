import styles from "./demo-banner.module.css";

/** Shown on every page of a demo tracker, so nobody mistakes illustrative data for findings. */
export function DemoBanner() {
  return (
    <aside className={styles.banner} aria-labelledby="demo-banner-title">
      <p id="demo-banner-title" className={styles.title}>
        Demo data
      </p>
      <p className={styles.text}>
        This tracker is illustrative. Its claims, evidence and reviews were written to show how Proofboard works and
        are drawn from a single article. Evidence links point to publishers&apos; home pages, not to specific articles.
      </p>
    </aside>
  );
}
