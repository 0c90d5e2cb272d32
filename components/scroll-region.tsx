import type { ReactNode } from "react";

/**
 * A horizontally scrollable box for a wide table on a narrow screen. Keyboard users must be
 * able to scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable"), so it takes focus,
 * and as a focusable element it is a named region.
 */
export function ScrollRegion({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div className={["table-scroll", className].filter(Boolean).join(" ")} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
