// Text for the generated social images. Their renderer (next/og) ships one Latin font and
// downloads any other script's font from the internet on demand; this server makes no such
// request, so characters outside that font are left out and an empty result falls back.
const DRAWABLE = /[\p{Script=Latin}\p{Nd}\u0020-\u007E\u00A0-\u00FF\u2010-\u2027\u2030-\u205E]/u;

export function ogText(text: string, fallback: string, max = 120): string {
  const kept = Array.from(text).filter((char) => DRAWABLE.test(char)).join("").replace(/\s+/g, " ").trim();
  if (kept.length === 0) return fallback;
  return kept.length <= max ? kept : `${kept.slice(0, max - 1).trimEnd()}…`;
}
