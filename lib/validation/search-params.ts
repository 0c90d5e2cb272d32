// Next.js hands pages their URL query as string | string[] | undefined per key; a
// repeated key (?tracker=a&tracker=b) must not crash a page, so the first value wins.
export type SearchParams = Record<string, string | string[] | undefined>;

export function firstParam(params: SearchParams, key: string): string {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Every key reduced to its first value, for handing a URL query to a zod schema. */
export function firstParams(params: SearchParams): Record<string, string> {
  return Object.fromEntries(Object.keys(params).map((key) => [key, firstParam(params, key)]));
}
