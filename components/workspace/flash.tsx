import styles from "./workspace.module.css";

// Confirmations after a redirect, keyed by a short code in the URL (?saved=…). Only these
// fixed texts can appear, so a crafted link cannot put words on the page.
export const FLASH_MESSAGES = {
  "claim-created": "Claim filed. It starts as unverified; add the evidence you have below.",
  "claim-updated": "Claim saved.",
  "claim-merged": "Claim saved. Someone else had saved it meanwhile: their changes to the fields you did not touch are kept.",
  "claim-unchanged": "Nothing had changed, so nothing was saved.",
  "evidence-added": "Evidence added. It is on the public claim page now.",
  "evidence-updated": "Evidence saved.",
  "evidence-unchanged": "Nothing had changed in that evidence item, so nothing was saved.",
  "evidence-removed": "Evidence removed. It is off the public page and out of the balance; the record is kept below.",
  "source-graded-provisionally":
    "Provisional grade saved. It applies now and shows as provisional until a reviewer confirms it.",
  "source-grade-proposed": "Grade change proposed. It applies only when another reviewer approves it.",
  "source-grade-confirmed": "Grade confirmed. It no longer shows as provisional.",
  "source-renamed": "Source renamed.",
  "source-unchanged": "Nothing had changed, so nothing was saved.",
  "provenance-linked": "Link recorded. The claim's independent-origin counts and balance are updated on the public page.",
  "provenance-removed": "Link withdrawn. The items it joined count on their own again; the record is kept.",
  "suggestion-dismissed": "Suggestion dismissed. It will not be suggested for this item again.",
} as const;

export type FlashCode = keyof typeof FLASH_MESSAGES;

export function flashHref(path: string, code: FlashCode, hash?: string): string {
  return `${path}?saved=${code}${hash ? `#${hash}` : ""}`;
}

export function Flash({ code }: { code: string | string[] | undefined }) {
  const key = Array.isArray(code) ? code[0] : code;
  if (!key || !(key in FLASH_MESSAGES)) return null;
  return (
    <p role="status" className={styles.flash}>
      {FLASH_MESSAGES[key as FlashCode]}
    </p>
  );
}
