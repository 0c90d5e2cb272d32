// Audit events are moments, and several may share a day: show the time too, in UTC, so
// everyone reading the log (and the date filter, which is in UTC days) sees the same clock.
const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

export function formatDateTime(iso: string): string {
  return `${DATE_TIME.format(new Date(iso))} UTC`;
}
