import type { Metadata } from "next";
import Link from "next/link";
import { AuditEventList } from "@/components/admin/audit-event-list";
import { AuditFilterForm } from "@/components/admin/audit-filter-form";
import { Pagination } from "@/components/admin/pagination";
import { Forbidden } from "@/components/forbidden";
import { ErrorSummary } from "@/components/forms";
import { humanFieldName } from "@/components/forms/human-field-name";
import { hasPermission } from "@/lib/auth/permissions";
import { requireActorOrRedirect } from "@/lib/auth/session";
import { isAppError, type FieldErrors } from "@/lib/errors/app-error";
import { listAuditEvents, type AuditEventPage } from "@/lib/server/audit/list-audit-events";
import { listAuditFilterOptions } from "@/lib/server/audit/list-audit-filter-options";
import { firstParams, type SearchParams } from "@/lib/validation/search-params";

export const metadata: Metadata = { title: "Audit log", robots: { index: false } };

const FILTER_KEYS = ["actor", "entityType", "entityId", "from", "to"] as const;

// The filter form's labels, for the error summary.
const AUDIT_FILTER_LABELS: Record<string, string> = {
  actor: "Actor",
  entityType: "Entity type",
  entityId: "Entity id",
  from: "From",
  to: "To",
};

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActorOrRedirect("/admin/audit");
  if (!hasPermission(actor.roles, "audit:read")) return <Forbidden what="read the audit log" />;
  const query = firstParams(await searchParams);
  const options = await listAuditFilterOptions(actor);

  // A filter typed into the URL by hand may be invalid: say which field, never a 500.
  let result: AuditEventPage | null = null;
  let errors: FieldErrors = {};
  try {
    result = await listAuditEvents(actor, query);
  } catch (error) {
    if (!isAppError(error) || error.code !== "INVALID_INPUT") throw error;
    errors = error.fieldErrors;
  }
  const filterQuery = new URLSearchParams(FILTER_KEYS.flatMap((key) => (query[key] ? [[key, query[key]]] : [])));

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link> · Admin
      </p>
      <h1>Audit log</h1>
      <p className="lede">Every change anyone made, newest first, with the record before and after. The log is append-only.</p>
      {result === null ? (
      <ErrorSummary
        title="The filter is not valid"
        items={Object.entries(errors).map(([field, messages]) => ({ field, text: `${AUDIT_FILTER_LABELS[field] ?? humanFieldName(field)} ${messages[0] ?? "is not valid"}` }))}
      />
      ) : null}
      <AuditFilterForm options={options} values={query} errors={errors} />
      {result === null ? null : (
        <>
          <p aria-live="polite">
            {result.total.toLocaleString("en-GB")} {result.total === 1 ? "event" : "events"}
            {filterQuery.size > 0 ? " match the filter" : ""}
            {result.pageCount > 1 ? ` · page ${result.page} of ${result.pageCount}` : ""}.
          </p>
          <AuditEventList events={result.events} />
          <Pagination page={result.page} pageCount={result.pageCount} baseQuery={filterQuery} path="/admin/audit" />
        </>
      )}
    </div>
  );
}
