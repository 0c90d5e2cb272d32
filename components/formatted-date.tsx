import { formatDate } from "./format";

/** A machine-readable <time> with the reader-facing date. */
export function FormattedDate({ value }: { value: string }) {
  return <time dateTime={value}>{formatDate(value)}</time>;
}
