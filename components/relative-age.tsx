import { formatDate } from "./format";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const UNITS = [
  { name: "day", ms: DAY },
  { name: "hour", ms: HOUR },
  { name: "minute", ms: MINUTE },
] as const;

/** "just now", "5 minutes ago", "3 hours ago", "2 days ago": how long something has waited. */
export function formatAge(iso: string, now: Date): string {
  // A timestamp slightly ahead of this server's clock (another instance's skew) is "just now".
  const elapsed = Math.max(0, now.getTime() - new Date(iso).getTime());
  const unit = UNITS.find((candidate) => elapsed >= candidate.ms);
  if (!unit) return "just now";
  const amount = Math.floor(elapsed / unit.ms);
  return `${amount} ${unit.name}${amount === 1 ? "" : "s"} ago`;
}

/** A relative age for people, with the exact date in the machine-readable attribute and on hover. */
export function RelativeAge({ value, now }: { value: string; now: Date }) {
  return (
    <time dateTime={value} title={formatDate(value)}>
      {formatAge(value, now)}
    </time>
  );
}
