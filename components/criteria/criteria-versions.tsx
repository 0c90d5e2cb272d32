import { diffCriteria } from "@/lib/domain/criteria";
import type { PublicCriteriaVersion } from "@/lib/server/public/get-public-proof-point";
import { FormattedDate } from "../formatted-date";
import styles from "./criteria.module.css";
import { DiffText } from "./diff-text";

/** Every earlier version, newest first, each shown as its differences from the current one. */
export function CriteriaVersions({ current, earlier }: { current: PublicCriteriaVersion; earlier: PublicCriteriaVersion[] }) {
  return (
    <ol className={styles.versions}>
      {earlier.map((version) => {
        const fields = diffCriteria(version, current).filter((field) => field.changed);
        return (
          <li key={version.version} id={`version-${version.version}`} className={styles.version}>
            <h3 className={styles.versionHeading}>
              Version {version.version} <span className={styles.versionDate}>(from <FormattedDate value={version.createdAt} />, by {version.author})</span>
            </h3>
            {version.note ? <p className={styles.note}>&ldquo;{version.note}&rdquo;</p> : null}
            <p className="visually-hidden">Changes from version {version.version} to the current version {current.version}:</p>
            <dl className={styles.fields}>
              {fields.map((field) => (
                <div key={field.field}>
                  <dt>{field.label}</dt>
                  <dd>
                    <DiffText segments={field.segments} />
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        );
      })}
    </ol>
  );
}
