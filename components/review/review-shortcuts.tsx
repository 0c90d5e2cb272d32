"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import styles from "./review-queue.module.css";

type Props = {
  /** The proposals before and after the open one, if any. */
  previousHref?: string;
  nextHref?: string;
  /** Ids of the open proposal's approval and rejection fields; absent when this reviewer may not decide it. */
  approveFieldId?: string;
  rejectFieldId?: string;
};

const SHORTCUTS = [
  ["j", "Next proposal"],
  ["k", "Previous proposal"],
  ["a", "Go to the approval note (Enter on Approve decides)"],
  ["r", "Go to the reason for rejecting"],
  ["?", "Show or hide these shortcuts"],
] as const;

// Keys typed into a field are text, never commands; nor is anything with a modifier.
function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  return event.altKey || event.ctrlKey || event.metaKey || Boolean(target?.closest("input, textarea, select, [contenteditable]"));
}

/**
 * Keyboard shortcuts for the review queue, and the overlay that lists them. They only move
 * between proposals and put focus on a decision's field: deciding still takes the form's
 * own button, so a stray key never approves anything.
 */
export function ReviewShortcuts({ previousHref, nextHref, approveFieldId, rejectFieldId }: Props) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const focusField = (id?: string) => {
      const field = id ? document.getElementById(id) : null;
      if (!field) return false;
      field.scrollIntoView({ block: "center" });
      field.focus({ preventScroll: true });
      return true;
    };
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event)) return;
      const handled =
        event.key === "j" && nextHref ? (router.push(nextHref), true)
        : event.key === "k" && previousHref ? (router.push(previousHref), true)
        : event.key === "a" ? focusField(approveFieldId)
        : event.key === "r" ? focusField(rejectFieldId)
        : event.key === "?" ? (toggle(dialog.current), true)
        : false;
      if (handled) event.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [router, nextHref, previousHref, approveFieldId, rejectFieldId]);

  return (
    <>
      <p className={styles.hintLine}>
        <button type="button" className={styles.textButton} onClick={() => toggle(dialog.current)}>
          Keyboard shortcuts
        </button>{" "}
        (press <kbd>?</kbd>)
      </p>
      <dialog ref={dialog} className={styles.help} aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
        <dl>
          {SHORTCUTS.map(([key, what]) => (
            <div key={key} className={styles.shortcut}>
              <dt>
                <kbd>{key}</kbd>
              </dt>
              <dd>{what}</dd>
            </div>
          ))}
        </dl>
        <form method="dialog">
          <button type="submit" className="button">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}

function toggle(dialog: HTMLDialogElement | null) {
  if (!dialog) return;
  if (dialog.open) dialog.close();
  else dialog.showModal();
}
