// The one place dates are formatted for readers. UTC, because claim and evidence dates are
// calendar dates stored at UTC midnight: any other zone would show some of them a day early.
const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "2025-03-01" or a full ISO timestamp → "1 Mar 2025". */
export function formatDate(iso: string): string {
  return DATE_FORMAT.format(new Date(iso));
}
