// The one typed error of the application. Commands throw it; server actions and route
// handlers map it to an HTTP status and a user-facing message. Anything else that
// escapes a command is a bug and becomes a 500 without internal details.

export const APP_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  STALE: 409,
  RATE_LIMITED: 429,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** Field path (e.g. "url", "evidenceIds.0") → messages that name the problem. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldErrors;
  /** Extra data a client may use, e.g. the id of an existing duplicate. */
  readonly details: Record<string, unknown>;

  constructor(code: AppErrorCode, message: string, options: { fieldErrors?: FieldErrors; details?: Record<string, unknown> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors ?? {};
    this.details = options.details ?? {};
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, fieldErrors: this.fieldErrors, ...this.details } };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);

/** A single-field validation error, for rules zod cannot see (e.g. a duplicate URL). */
export function invalidField(field: string, message: string, details?: Record<string, unknown>): AppError {
  return new AppError("INVALID_INPUT", `${field}: ${message}`, { fieldErrors: { [field]: [message] }, details });
}
