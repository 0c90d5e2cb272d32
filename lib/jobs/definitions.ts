// Every job the worker knows: its name, the shape of its data and its queue policy.
// Pure data, so commands can import a job's name and data type without pulling in the
// handlers (lib/jobs/handlers.ts) or pg-boss.
import { z } from "zod";

export type QueuePolicy = "standard" | "short" | "singleton" | "stately";

export type JobDefinition<Data extends z.ZodType = z.ZodType> = {
  data: Data;
  /** pg-boss policy; `stately` keeps at most one waiting and one running job per singletonKey. */
  policy: QueuePolicy;
  /** Attempts after the first. Backoff doubles from retryDelaySeconds, so the last wait is
   * retryDelaySeconds·2^(retryLimit-1) (plus jitter): the limit is also the backoff cap. */
  retryLimit: number;
  retryDelaySeconds: number;
  /** A running job older than this is failed (and retried): a stuck worker cannot hold it. */
  expireInSeconds: number;
  /** Parallel handlers of this queue in one worker process. */
  concurrency: number;
};

const ZEvidenceJob = z.object({ evidenceId: z.string().min(1) });
const ZReaderSubmissionJob = z.object({ submissionId: z.string().min(1) });

export const JOB_DEFINITIONS = {
  /** Fetches an evidence page, stores the capture, checks the quote, notes link health. */
  "evidence.capture": { data: ZEvidenceJob, policy: "stately", retryLimit: 3, retryDelaySeconds: 30, expireInSeconds: 120, concurrency: 4 },
  /** Re-fetches an evidence URL for link health only (no new capture). */
  "evidence.check-link": { data: ZEvidenceJob, policy: "stately", retryLimit: 1, retryDelaySeconds: 300, expireInSeconds: 120, concurrency: 2 },
  /** The scheduled sweep: queues a link check for every live item due one, spread out. */
  "link-health.sweep": { data: z.object({}).loose(), policy: "singleton", retryLimit: 1, retryDelaySeconds: 60, expireInSeconds: 600, concurrency: 1 },
  /** The scheduled resolution of forecast questions whose resolve-by day has ended unticked. */
  "forecasts.resolve-due": { data: z.object({}).loose(), policy: "singleton", retryLimit: 1, retryDelaySeconds: 60, expireInSeconds: 300, concurrency: 1 },
  /** Mails a reader the link that confirms the address they gave with a submission. */
  "reader.confirm-email": { data: ZReaderSubmissionJob, policy: "stately", retryLimit: 4, retryDelaySeconds: 30, expireInSeconds: 60, concurrency: 2 },
  /** Tells a reader whose address is confirmed how their submission was decided. */
  "reader.outcome-mail": { data: ZReaderSubmissionJob, policy: "stately", retryLimit: 4, retryDelaySeconds: 30, expireInSeconds: 60, concurrency: 2 },
  /** Fans one domain event out: webhook deliveries and immediate mails (lib/server/events/dispatch-event.ts). */
  "events.dispatch": { data: z.object({ eventId: z.string().min(1) }), policy: "standard", retryLimit: 5, retryDelaySeconds: 10, expireInSeconds: 120, concurrency: 2 },
  /** One attempt of one webhook delivery; its own retry schedule queues the next (lib/domain/webhooks/retry-schedule.ts). */
  "webhooks.deliver": { data: z.object({ deliveryId: z.string().min(1) }), policy: "stately", retryLimit: 0, retryDelaySeconds: 5, expireInSeconds: 60, concurrency: 4 },
  /** Deletes webhook deliveries older than their 30-day log, and old mail records. */
  "notifications.prune": { data: z.object({}).loose(), policy: "singleton", retryLimit: 1, retryDelaySeconds: 60, expireInSeconds: 300, concurrency: 1 },
  /** One immediate mail about one event to one person or one reader's follow. */
  "notifications.mail-event": {
    data: z.object({ eventId: z.string().min(1), recipient: z.string().regex(/^(user|follow):.+$/) }),
    policy: "standard",
    retryLimit: 4,
    retryDelaySeconds: 30,
    expireInSeconds: 60,
    concurrency: 2,
  },
  /** The daily digests of every person and follow due one (two names: pg-boss keeps one schedule per name). */
  "notifications.daily-digest": { data: z.object({}).loose(), policy: "singleton", retryLimit: 2, retryDelaySeconds: 120, expireInSeconds: 900, concurrency: 1 },
  "notifications.weekly-digest": { data: z.object({}).loose(), policy: "singleton", retryLimit: 2, retryDelaySeconds: 120, expireInSeconds: 900, concurrency: 1 },
  /** The confirmation mail of a reader's new follow (double opt-in). */
  "notifications.confirm-follow": { data: z.object({ followId: z.string().min(1) }), policy: "standard", retryLimit: 4, retryDelaySeconds: 30, expireInSeconds: 60, concurrency: 1 },
} as const satisfies Record<string, JobDefinition>;

export type JobName = keyof typeof JOB_DEFINITIONS;
export type JobData<Name extends JobName> = z.infer<(typeof JOB_DEFINITIONS)[Name]["data"]>;

export const JOB_NAMES = Object.keys(JOB_DEFINITIONS) as JobName[];

/** Where a job goes once its retries are spent: one dead-letter queue per job name. */
export function deadLetterQueueOf(name: JobName): string {
  return `${name}.dead`;
}

export function isJobName(value: string): value is JobName {
  return Object.hasOwn(JOB_DEFINITIONS, value);
}
