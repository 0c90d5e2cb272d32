import type { Metadata } from "next";
import Link from "next/link";
import { AdminTable } from "@/components/admin/admin-table";
import { formatDateTime } from "@/components/admin/format-date-time";
import { CreateEndpointForm } from "@/components/admin/webhooks/create-endpoint-form";
import { Forbidden } from "@/components/forbidden";
import { EVENT_KIND_INFO, isEventKind } from "@/lib/domain/events/event-kinds";
import { listWebhookEndpoints, listWebhookTrackers } from "@/lib/server/webhooks/endpoint-queries";
import { adminActorOrNull } from "../admin-actor";
import { createWebhookEndpointAction } from "./actions";

export const metadata: Metadata = { title: "Webhooks", robots: { index: false } };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ deleted?: string }> };

export default async function WebhooksPage({ searchParams }: Props) {
  const actor = await adminActorOrNull("/admin/webhooks", "webhook:manage");
  if (!actor) return <Forbidden what="manage webhooks" />;
  const [endpoints, trackers] = await Promise.all([listWebhookEndpoints(actor), listWebhookTrackers(actor)]);
  const titles = new Map(trackers.map((tracker) => [tracker.id, tracker.title]));
  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link> · Admin
      </p>
      <h1>Webhooks</h1>
      <p className="lede">
        Endpoints get a signed POST (Standard Webhooks) for each event they chose, retried for about 28 hours if they fail; one failing for five
        days is disabled. A receiver that was down can catch up from the Atom feeds.
      </p>
      {(await searchParams).deleted ? <p role="status">The endpoint and its delivery log were removed.</p> : null}
      {endpoints.length === 0 ? (
        <p>No endpoints yet.</p>
      ) : (
        <AdminTable caption={`${endpoints.length} ${endpoints.length === 1 ? "endpoint" : "endpoints"}`} columns={["Endpoint", "Scope", "Events", "State"]}>
          {endpoints.map((endpoint) => (
            <tr key={endpoint.id}>
              <th scope="row">
                <Link href={`/admin/webhooks/${endpoint.id}`}>{endpoint.description || endpoint.url}</Link>
                {endpoint.description ? <div className="muted">{endpoint.url}</div> : null}
              </th>
              <td>{endpoint.tracker ? (titles.get(endpoint.tracker.id) ?? endpoint.tracker.title) : "Site-wide"}</td>
              <td>{endpoint.eventKinds.map((kind) => (isEventKind(kind) ? EVENT_KIND_INFO[kind].label : kind)).join(", ")}</td>
              <td>{endpoint.disabledAt ? `Disabled ${formatDateTime(endpoint.disabledAt)}` : endpoint.failingSince ? `Failing since ${formatDateTime(endpoint.failingSince)}` : "Enabled"}</td>
            </tr>
          ))}
        </AdminTable>
      )}
      <h2>Add an endpoint</h2>
      <CreateEndpointForm action={createWebhookEndpointAction} trackers={trackers} />
    </div>
  );
}
