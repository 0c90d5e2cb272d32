"use client";

import { useFormStatus } from "react-dom";
import type { ReactNode } from "react";

/** Disabled while its form is submitting, so a double click cannot post twice. */
export function SubmitButton({ children, pendingLabel, className = "button" }: { children: ReactNode; pendingLabel?: string; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? (pendingLabel ?? "Saving…") : children}
    </button>
  );
}
