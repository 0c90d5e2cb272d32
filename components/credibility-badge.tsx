import {
  INFORMATION_CREDIBILITY_DESCRIPTIONS,
  INFORMATION_CREDIBILITY_LABELS,
  type InformationCredibility,
} from "@/lib/domain";
import { Badge, badgeStyles } from "./badge";

/** Admiralty information credibility, e.g. "2 · Probably true". */
export function CredibilityBadge({ level }: { level: InformationCredibility }) {
  return (
    <Badge tone="grade" context="Information credibility:" title={INFORMATION_CREDIBILITY_DESCRIPTIONS[level]}>
      <span className={badgeStyles.code}>{level}</span> · {INFORMATION_CREDIBILITY_LABELS[level]}
    </Badge>
  );
}
