import type { ReactNode } from "react";
import { ScrollRegion } from "./scroll-region";

/**
 * A table of records that scrolls sideways on a narrow screen: the region's label names it
 * for keyboard and screen-reader users, the caption describes it (read by screen readers
 * only, unless `showCaption`), and every column has a header cell. Rows come as children.
 */
export function DataTable({
  label,
  caption = label,
  showCaption = false,
  columns,
  children,
}: {
  label: string;
  caption?: ReactNode;
  showCaption?: boolean;
  columns: readonly ReactNode[];
  children: ReactNode;
}) {
  return (
    <ScrollRegion label={label}>
      <table>
        <caption className={showCaption ? undefined : "visually-hidden"}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollRegion>
  );
}
