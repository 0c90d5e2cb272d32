"use client";

import { useState } from "react";

/**
 * Copies the text of the element `targetId` to the clipboard. The text is on the page
 * already, selectable without this button; it only saves the select-and-copy.
 */
export function CopyButton({ targetId, label }: { targetId: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    const text = document.getElementById(targetId)?.textContent ?? "";
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      setState("failed");
    }
  }
  return (
    <>
      <button type="button" className="button" onClick={copy}>
        {label}
      </button>{" "}
      <span role="status">{state === "copied" ? "Copied." : state === "failed" ? "Could not copy: select the text instead." : ""}</span>
    </>
  );
}
