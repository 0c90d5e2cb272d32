import { Badge } from "@/components/badge";
import { FormattedDate } from "@/components/formatted-date";
import { NEEDS_RE_REVIEW_LABEL } from "@/lib/domain/re-review";
import type { VerdictStanding } from "@/lib/server/read/verdict-standing";

/**
 * "Needs re-review" beside a status whose ground changed after approval: the status still
 * stands, but readers see why it is in doubt and since when.
 */
export function ReReviewFlag({ standing, detailed = false }: { standing: VerdictStanding; detailed?: boolean }) {
  const flag = standing.needsReReview;
  if (!flag) return null;
  const badge = (
    <Badge tone="warning" icon="⟳" context="Verdict:" title={`Since ${flag.since.slice(0, 10)}: ${flag.reason}`}>
      {NEEDS_RE_REVIEW_LABEL}
    </Badge>
  );
  if (!detailed) return badge;
  return (
    <p role="note">
      {badge} Since <FormattedDate value={flag.since} />: {flag.reason}. The status stands until a reviewer confirms or changes
      it, with a second person&apos;s approval.
    </p>
  );
}

/** For a supported claim whose approval did not find it meets the proof point's criteria as written. */
export function CriteriaShortfall({ status, standing }: { status: string; standing: VerdictStanding }) {
  if (status !== "supported" || standing.meetsCriteria === true) return null;
  return (
    <Badge tone="neutral" icon="≠" title="Supported, but not counted towards the box: the reviewer found it does not meet the proof point's criteria as written.">
      {standing.meetsCriteria === false ? "Does not meet the criteria as written" : "Not judged against the criteria"}
    </Badge>
  );
}
