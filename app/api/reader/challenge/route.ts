// A fresh proof-of-work challenge for the reader forms. Never cached (the page server leaves
// /api alone, and no-store keeps a CDN out): the forms sit on pages served from the
// rendered-page cache, so each reader must fetch their own challenge.
import { createReaderChallenge } from "@/lib/server/reader-submissions/proof-of-work";

export async function GET(): Promise<Response> {
  return Response.json(await createReaderChallenge(), { headers: { "Cache-Control": "no-store" } });
}
