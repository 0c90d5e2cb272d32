import Link from "next/link";
import styles from "./site-footer.module.css";

export function SiteFooter() {
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p>
          Proofboard tracks contested claims against sourced evidence. A claim&apos;s status changes only when a
          reviewer approves a proposal made by someone else.
        </p>
        <p>
          <Link href="/methodology">How we rate claims, sources and evidence</Link>
        </p>
      </div>
    </footer>
  );
}
