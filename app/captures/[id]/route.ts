import { parsePathParam } from "@/lib/api/search-params";
import { handlePublic } from "@/lib/api/public-response";
import { notFound } from "@/lib/errors/app-error";
import { CAPTURE_TEXT_CSP, renderCaptureText } from "@/lib/captures/capture-text-html";
import { serverEnv } from "@/lib/env";
import { getCaptureText } from "@/lib/server/public/get-capture-text";
import { ZCaptureIdParam } from "@/lib/validation/api/capture-params";

type Context = { params: Promise<{ id: string }> };

/** GET /captures/{id}: the stored readable text of a capture, escaped, under its own strict CSP. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handlePublic(async () => {
    const id = parsePathParam(ZCaptureIdParam, "id", (await params).id);
    const capture = await getCaptureText(id);
    if (!capture) throw notFound("The capture");
    return new Response(renderCaptureText(capture, serverEnv().PUBLIC_BASE_URL), {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": CAPTURE_TEXT_CSP,
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": "public, max-age=300",
      },
    });
  });
}
