import styles from "./scorecard-sections.module.css";

// The scorecard's sections, by the ids of their headings (app/trackers/[slug]/page.tsx).
const SECTIONS = [
  ["proof-points-heading", "Proof points"],
  ["tick-chart-heading", "Over time"],
  ["deadlines-heading", "Resolve-by dates"],
  ["forecasts-section-heading", "Forecasts"],
  ["latest-changes-heading", "Latest changes"],
  ["checklist-changes-heading", "Checklist changes"],
  ["outputs-heading", "Data and feed"],
  ["embed-heading", "Embed"],
] as const;

/** In-page links to each section of a long scorecard; one row that scrolls sideways on a phone. */
export function ScorecardSections() {
  return (
    <nav aria-label="Sections of this scorecard" className={styles.nav}>
      <ul className={styles.list}>
        {SECTIONS.map(([id, label]) => (
          <li key={id}>
            <a href={`#${id}`}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
