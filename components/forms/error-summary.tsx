"use client";

import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from "react";
import styles from "./forms.module.css";

export type ErrorSummaryItem = { field: string; text: string; /** The control's id; the field name by default. */ targetId?: string };

type Props = {
  title?: string;
  /** One line per refused field, each linking to it; the text already starts with the field's label. */
  items: readonly ErrorSummaryItem[];
  /** A message that belongs to no field (a conflict, a stale proposal, a refusal). */
  message?: ReactNode;
  /** Changes with every failed submission, so a second failure takes focus again. */
  focusKey?: unknown;
  /** Prefix of the fields' ids, for items without their own target id. */
  idPrefix?: string;
};

/**
 * The one way a refusal is shown (after the GOV.UK error summary): a box at the top of
 * the form that takes focus, so a keyboard or screen-reader user, and a phone user whose
 * submit button is far below, lands on it; each line links to its field.
 */
export function ErrorSummary({ title = "There is a problem", items, message, focusKey, idPrefix = "" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: "start" });
  }, [focusKey]);
  return (
    <div ref={ref} className={styles.summary} role="alert" aria-labelledby={titleId} tabIndex={-1}>
      <h2 id={titleId} className={styles.summaryTitle}>
        {title}
      </h2>
      {message ? <div>{message}</div> : null}
      {items.length > 0 ? (
        <ul className={styles.summaryList}>
          {items.map((item) => (
            <li key={item.field}>
              <a href={`#${item.targetId ?? idPrefix + item.field}`} onClick={(event) => focusField(event, item.targetId ?? idPrefix + item.field)}>
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

// A link to an id scrolls there but does not focus a control, and a radio or checkbox
// group's id is its fieldset: focus the first control inside it.
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  const control = target.matches("input, select, textarea, button") ? target : target.querySelector<HTMLElement>("input, select, textarea, button");
  if (!control) return;
  event.preventDefault();
  target.scrollIntoView({ block: "center" });
  control.focus({ preventScroll: true });
}
