// What went wrong with an outbound fetch, as a stable code (stored with failed captures)
// and a sentence. `retryable` separates passing trouble (network, timeout) from answers
// that will not change by asking again (refused address, oversized body).
export type FetchErrorCode =
  | "bad_url"
  | "refused_scheme"
  | "refused_address"
  | "too_many_redirects"
  | "redirect_loop"
  | "too_large"
  | "unsupported_content_type"
  | "timeout"
  | "dns"
  | "network";

const RETRYABLE: ReadonlySet<FetchErrorCode> = new Set(["timeout", "dns", "network"]);

export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FetchError";
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code);
  }

  get refused(): boolean {
    return this.code.startsWith("refused_");
  }

  /** Finds our own error inside undici's wrappers; anything else is a network failure. */
  static from(error: unknown, signal: AbortSignal): FetchError {
    for (let cause: unknown = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
      if (cause instanceof FetchError) return cause;
    }
    if (signal.aborted) return new FetchError("timeout", "the page did not answer in time");
    const code = (error as { code?: string }).code;
    if (code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_BODY_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT") return new FetchError("timeout", "the page did not answer in time");
    return new FetchError("network", `the page could not be reached (${code ?? (error as Error).message})`);
  }
}
