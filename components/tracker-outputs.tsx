import { EXPORT_TABLES, OPENAPI_PATH, exportFilename, trackerPaths, type ExportTable } from "@/lib/public/urls";
import styles from "./tracker-outputs.module.css";

const TABLE_LABELS: Record<ExportTable, string> = {
  claims: "Claims (CSV)",
  evidence: "Evidence (CSV)",
  history: "Status history (CSV)",
  forecasts: "Forecast questions (CSV)",
  box_states: "Box states over time (CSV)",
};

/** Downloads, the Atom feed and the API for one tracker: everything a reader can reuse. */
export function TrackerOutputs({ slug }: { slug: string }) {
  const paths = trackerPaths(slug);
  return (
    <div className={styles.outputs}>
      <div>
        <h3 className={styles.heading}>Download the data</h3>
        <ul className={styles.links}>
          {EXPORT_TABLES.map((table) => (
            <li key={table}>
              <a href={paths.exportCsv(table)} download={exportFilename(slug, table, "csv")}>
                {TABLE_LABELS[table]}
              </a>
            </li>
          ))}
          <li>
            <a href={paths.exportJson} download={exportFilename(slug, "data", "json")}>
              Everything (JSON)
            </a>
          </li>
        </ul>
      </div>
      <div>
        <h3 className={styles.heading}>Follow and reuse</h3>
        <ul className={styles.links}>
          <li>
            <a href={paths.feed} type="application/atom+xml">
              Atom feed of approved changes
            </a>
          </li>
          <li>
            <a href={paths.api} type="application/json">
              JSON API
            </a>{" "}
            (<a href={OPENAPI_PATH}>OpenAPI description</a>)
          </li>
        </ul>
      </div>
    </div>
  );
}
