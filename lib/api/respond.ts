import "server-only";
// Route handlers map the app's typed error to an HTTP status and a JSON body that
// names the field and the problem; anything unexpected is a 500 without internals.
import { isAppError } from "@/lib/errors/app-error";

export function jsonError(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return Response.json({ error: { code, message, ...extra } }, { status });
}

export function errorResponse(error: unknown): Response {
  if (isAppError(error)) return Response.json(error.toJSON(), { status: error.status });
  console.error("Unexpected error in a route handler", error);
  return jsonError(500, "INTERNAL", "Something went wrong on our side; nothing was changed.");
}
