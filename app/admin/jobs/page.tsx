import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { formatDateTime } from "@/components/admin/format-date-time";
import { RetryJobForm } from "@/components/admin/retry-job-form";
import { Forbidden } from "@/components/forbidden";
import { getQueueOverview } from "@/lib/server/jobs/queue-overview";
import { adminActorOrNull } from "../admin-actor";
import { retryJobAction } from "./actions";

export const metadata: Metadata = { title: "Job queues", robots: { index: false } };
export const dynamic = "force-dynamic";

export default async function JobQueuesPage() {
  const actor = await adminActorOrNull("/admin/jobs", "job:manage");
  if (!actor) return <Forbidden what="see the job queues" />;
  const overview = await getQueueOverview(actor);
  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link> · Admin
      </p>
      <h1>Job queues</h1>
      <p className="lede">
        Background work: page captures, link checks, event dispatch, notification mails, webhook deliveries and the scheduled sweeps. Failed jobs were retried with growing delays before they landed here;
        a dead job has used all its retries.
      </p>
      {!overview.installed ? (
        <p role="status">The worker has not started on this database yet, so there are no queues. It starts with `npm run dev`, `npm start` or `npm run worker`.</p>
      ) : (
        <>
          <AdminTable
            caption={`Jobs per queue${overview.outbox > 0 ? ` · ${overview.outbox} written and not yet queued` : ""}`}
            columns={["Queue", "Waiting", "Running", "Failed", "Dead"]}
          >
                {overview.queues.map((queue) => (
                  <tr key={queue.name}>
                    <th scope="row">{queue.name}</th>
                    <td>{queue.waiting}</td>
                    <td>{queue.active}</td>
                    <td>{queue.failed}</td>
                    <td>{queue.dead}</td>
                  </tr>
                ))}
          </AdminTable>
          <h2>Latest failures</h2>
          {overview.failures.length === 0 ? (
            <p>No failed jobs.</p>
          ) : (
            <ul>
              {overview.failures.map((job) => (
                <li key={job.id}>
                  <p>
                    <strong>{job.queue}</strong> · {job.failedAt ? formatDateTime(job.failedAt) : "time unknown"} · {job.attempts} attempts
                  </p>
                  <p>{job.error}</p>
                  <p>
                    <code>{job.data}</code>
                  </p>
                  <RetryJobForm queue={job.queue} jobId={job.id} action={retryJobAction} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
