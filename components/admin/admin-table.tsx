import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/scroll-region";

/**
 * The table of an admin list page (users, trackers, job queues, sign-in throttles): a
 * caption that counts the rows, one header cell per column, and a region that scrolls on a
 * phone. Rows are the page's own, each with its first cell as the row header.
 */
export function AdminTable({ caption, columns, children }: { caption: string; columns: ReactNode[]; children: ReactNode }) {
  return (
    <ScrollRegion label={caption}>
      <table>
        <caption>{caption}</caption>
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
