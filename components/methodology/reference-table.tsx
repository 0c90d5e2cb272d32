import type { ReactNode } from "react";
import { ScrollRegion } from "@/components/scroll-region";
import styles from "./methodology.module.css";

export type ReferenceColumn = { heading: string; numeric?: boolean };
export type ReferenceRow = { key: string; header: ReactNode; headerClassName?: string; cells: ReactNode[] };

/**
 * The methodology page's tables: a caption, one row header per entry (a status, a grade, a
 * weight) and its cells, scrollable sideways on a phone. `label` names the scroll region
 * when the caption is longer than a screen reader needs.
 */
export function ReferenceTable({ caption, label, columns, rows }: { caption: string; label?: string; columns: ReferenceColumn[]; rows: ReferenceRow[] }) {
  return (
    <ScrollRegion className={styles.tableWrap} label={label ?? caption}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.heading} scope="col" className={column.numeric ? styles.number : undefined}>
                {column.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={row.headerClassName}>
                {row.header}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={columns[index + 1]?.numeric ? styles.number : undefined}>
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** A row header showing a badge: the label is read out once, the badge is only seen. */
export function BadgeHeader({ label, badge }: { label: string; badge: ReactNode }) {
  return (
    <>
      <span className="visually-hidden">{label}</span>
      <span aria-hidden="true">{badge}</span>
    </>
  );
}

export const badgeHeaderClassName = styles.badgeCell;
export const codeClassName = styles.code;
