import { Fragment, type ReactNode } from "react";
import { MATCH_END, MATCH_START } from "@/lib/search-marks";

const MARKED = new RegExp(`${MATCH_START}([^${MATCH_END}]*)${MATCH_END}`, "g");
const STRAY = new RegExp(`[${MATCH_START}${MATCH_END}]`, "g");

/** A search excerpt with the matched words in <mark>; everything else stays plain text. */
export function Highlighted({ text }: { text: string }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(MARKED)) {
    parts.push(<Fragment key={parts.length}>{text.slice(last, match.index).replace(STRAY, "")}</Fragment>);
    parts.push(<mark key={parts.length}>{match[1]}</mark>);
    last = match.index + match[0].length;
  }
  parts.push(<Fragment key={parts.length}>{text.slice(last).replace(STRAY, "")}</Fragment>);
  return <>{parts}</>;
}
