import type { CriteriaThreshold } from "@/lib/server/read/criteria-standing";

/** The numeric bar with its unit, e.g. "Threshold: sustained throughput of at least 100 wafers per hour". */
export function thresholdText(threshold: CriteriaThreshold): string {
  const number = threshold.value.toLocaleString("en-US", { maximumFractionDigits: 6 });
  return [threshold.qualifier, number, threshold.unit].filter((part) => part && part !== "").join(" ");
}

export function CriteriaThresholdLine({ threshold, className }: { threshold: CriteriaThreshold | null; className?: string }) {
  if (!threshold) return null;
  return (
    <p className={className}>
      <strong>Threshold:</strong> {thresholdText(threshold)}
    </p>
  );
}

/** "Ticked under criteria vN; re-review pending" for a box whose ticks predate the current criteria. */
export function OlderCriteriaTick({ tick, className }: { tick: { version: number | null } | null; className?: string }) {
  if (!tick) return null;
  return (
    <p className={className} role="note">
      {tick.version === null ? "Ticked before these criteria were written" : `Ticked under criteria v${tick.version}`}; re-review pending.
    </p>
  );
}
