import type { ReactNode } from "react";
import styles from "./badge.module.css";

export type BadgeTone = "supported" | "partial" | "disputed" | "refuted" | "neutral" | "warning" | "grade";

type BadgeProps = {
  tone: BadgeTone;
  /** A glyph that repeats the meaning for readers who cannot tell the colours apart; hidden from screen readers. */
  icon?: string;
  /** Read by screen readers before the label, e.g. "Status:". */
  context?: string;
  size?: "normal" | "large";
  /** Shown on hover; the label must make sense without it. */
  title?: string;
  children: ReactNode;
};

// Shared frame for every badge: colour always comes with text, so no meaning rests on colour alone.
export function Badge({ tone, icon, context, size = "normal", title, children }: BadgeProps) {
  const className = [styles.badge, styles[tone], size === "large" ? styles.large : ""].filter(Boolean).join(" ");
  return (
    <span className={className} title={title}>
      {icon ? (
        <span className={styles.icon} aria-hidden="true">
          {icon}
        </span>
      ) : null}
      {context ? <span className="visually-hidden">{context} </span> : null}
      {children}
    </span>
  );
}

export { styles as badgeStyles };
