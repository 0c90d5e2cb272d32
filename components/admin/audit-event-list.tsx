import Link from "next/link";
import type { AuditEventView } from "@/lib/server/audit/list-audit-events";
import { formatDateTime } from "./format-date-time";
import styles from "./audit.module.css";

function Snapshot({ label, value }: { label: string; value: AuditEventView["before"] }) {
  return (
    <div className={styles.snapshot}>
      <h3 className={styles.snapshotLabel}>{label}</h3>
      {value === null ? <p className="muted">—</p> : <pre className={styles.json}>{JSON.stringify(value, null, 2)}</pre>}
    </div>
  );
}

/** One <details> per event: the one-line summary, then the before/after records in full. */
export function AuditEventList({ events }: { events: AuditEventView[] }) {
  if (events.length === 0) return <p className="muted">No events on this page.</p>;
  return (
    <ol className={styles.events}>
      {events.map((event) => (
        <li key={event.id}>
          <details className={styles.event}>
            <summary className={styles.summary}>
              <time dateTime={event.createdAt} className={styles.when}>
                {formatDateTime(event.createdAt)}
              </time>
              <code className={styles.action}>{event.action}</code>
              <span>
                {event.entityType} <code className={styles.entityId}>{event.entityId}</code>
              </span>
              <span className={styles.actor}>by {event.actor ? event.actor.name : "the system"}</span>
            </summary>
            <div className={styles.body}>
              <p className={styles.links}>
                {event.actor ? <span>{event.actor.email} · </span> : null}
                {event.ipAddress ? <span>from {event.ipAddress}{event.userAgent ? `, ${event.userAgent}` : ""} · </span> : null}
                <Link href={`/admin/audit?${new URLSearchParams({ entityType: event.entityType, entityId: event.entityId })}`}>
                  History of this {event.entityType}
                </Link>
              </p>
              <div className={styles.snapshots}>
                <Snapshot label="Before" value={event.before} />
                <Snapshot label="After" value={event.after} />
              </div>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
