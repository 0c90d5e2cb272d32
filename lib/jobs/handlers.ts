// Every job handler, in one place: job name → what the worker runs. A handler that throws
// is retried with backoff up to its queue's retryLimit, then moved to the dead-letter queue.
import "server-only";
import { captureEvidence } from "@/lib/server/capture/capture-evidence";
import { checkEvidenceLink } from "@/lib/server/link-health/check-evidence-link";
import { sweepLinkHealth } from "@/lib/server/link-health/sweep";
import { sweepDueForecastQuestions } from "@/lib/server/forecasts/due-resolution-sweep";
import { mailReaderConfirmation, mailReaderOutcome } from "@/lib/server/reader-submissions/reader-mail";
import { invalidatePublicDataForClaim } from "@/lib/server/public/cache";
import { getDb } from "@/lib/db/client";
import { dispatchEvent } from "@/lib/server/events/dispatch-event";
import { deliverWebhook } from "@/lib/server/webhooks/deliver-webhook";
import { sendEventMail } from "@/lib/server/notifications/send-event-mail";
import { sendDigests } from "@/lib/server/notifications/send-digests";
import { sendFollowConfirmation } from "@/lib/server/notifications/send-follow-confirmation";
import { pruneNotifications } from "@/lib/server/notifications/prune";
import { JOB_DEFINITIONS, type JobData, type JobName } from "./definitions";
import type { JobContext, JobHandler } from "./worker";

type Handlers = { [Name in JobName]: (data: JobData<Name>, job: JobContext) => Promise<unknown> };

// A capture or link check changes what readers see of the item: drop its tracker's cached
// public pages (here and, through NOTIFY, in every app instance).
async function refreshReaders(evidenceId: string): Promise<void> {
  const evidence = await getDb().evidence.findUnique({ where: { id: evidenceId }, select: { claimId: true } });
  if (evidence) await invalidatePublicDataForClaim(evidence.claimId);
}

const HANDLERS: Handlers = {
  "evidence.capture": async (data, job) => {
    if ((await captureEvidence(data.evidenceId, job)) !== "skipped") await refreshReaders(data.evidenceId);
  },
  "evidence.check-link": async (data) => {
    if ((await checkEvidenceLink(data.evidenceId)) !== "skipped") await refreshReaders(data.evidenceId);
  },
  "link-health.sweep": () => sweepLinkHealth(),
  "forecasts.resolve-due": () => sweepDueForecastQuestions({ force: true }),
  "reader.confirm-email": (data) => mailReaderConfirmation(data.submissionId),
  "reader.outcome-mail": (data) => mailReaderOutcome(data.submissionId),
  "events.dispatch": (data) => dispatchEvent(data.eventId),
  "webhooks.deliver": (data) => deliverWebhook(data.deliveryId),
  "notifications.mail-event": (data) => sendEventMail(data.eventId, data.recipient),
  "notifications.confirm-follow": (data) => sendFollowConfirmation(data.followId),
  "notifications.daily-digest": () => sendDigests("daily"),
  "notifications.weekly-digest": () => sendDigests("weekly"),
  "notifications.prune": () => pruneNotifications(),
};

/** The handlers with their data validated first: a malformed payload fails loudly. */
export const JOB_HANDLERS: Record<string, JobHandler> = Object.fromEntries(
  (Object.keys(HANDLERS) as JobName[]).map((name) => [
    name,
    async (data: unknown, job: JobContext) => {
      await (HANDLERS[name] as (data: unknown, job: JobContext) => Promise<unknown>)(JOB_DEFINITIONS[name].data.parse(data), job);
    },
  ]),
);
