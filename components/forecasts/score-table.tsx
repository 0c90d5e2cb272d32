import Link from "next/link";
import type { ScoreSummary } from "@/lib/domain/forecasts";
import type { ForecasterScore } from "@/lib/server/forecasts/public/get-tracker-forecasts";
import { DataTable } from "../data-table";
import { formatScore } from "./format";

export const forecasterPath = (id: string) => `/forecasters/${encodeURIComponent(id)}`;

/** Brier and log scores of the community forecast and of each forecaster, best Brier first. */
export function ScoreTable({ community, forecasters, caption }: { community: ScoreSummary; forecasters: ForecasterScore[]; caption: string }) {
  if (community.count === 0 && forecasters.length === 0) return <p className="muted">Nothing has resolved yet, so there are no scores.</p>;
  return (
    <DataTable label={caption} columns={["Forecaster", "Resolved questions", "Brier (lower is better)", "Log score (0 is best)"]}>
      <tr>
        <th scope="row">Community forecast</th>
        <td>{community.count}</td>
        <td>{formatScore(community.brier)}</td>
        <td>{formatScore(community.log)}</td>
      </tr>
      {forecasters.map((row, index) => (
        <tr key={row.forecaster?.id ?? `anonymous-${index}`}>
          <th scope="row">{row.forecaster ? <Link href={forecasterPath(row.forecaster.id)}>{row.forecaster.name}</Link> : "A forecaster without a public profile"}</th>
          <td>{row.scores.count}</td>
          <td>{formatScore(row.scores.brier)}</td>
          <td>{formatScore(row.scores.log)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
