/** "tickWhen" → "Tick when": a last resort for a field no label was given for. */
export function humanFieldName(field: string): string {
  const words = field
    .replace(/\[\]$/, "")
    .replace(/\./g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
