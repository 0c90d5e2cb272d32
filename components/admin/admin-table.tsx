import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table";

/**
 * The table of an admin list page (users, trackers, job queues, sign-in throttles): a
 * visible caption that counts the rows, one header cell per column, and a region that
 * scrolls on a phone. Rows are the page's own, each with its first cell as the row header.
 */
export function AdminTable({ caption, columns, children }: { caption: string; columns: ReactNode[]; children: ReactNode }) {
  return (
    <DataTable label={caption} showCaption columns={columns}>
      {children}
    </DataTable>
  );
}
