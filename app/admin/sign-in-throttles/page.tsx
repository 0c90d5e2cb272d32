import type { Metadata } from "next";
import { AdminTable } from "@/components/admin/admin-table";
import { ClearThrottleForm } from "@/components/admin/clear-throttle-form";
import { FormattedDate } from "@/components/formatted-date";
import { Forbidden } from "@/components/forbidden";
import { listSignInThrottles } from "@/lib/server/users/sign-in-throttles";
import { adminActorOrNull } from "../admin-actor";
import { clearSignInThrottleAction } from "./actions";

export const metadata: Metadata = { title: "Sign-in throttles", robots: { index: false } };

export default async function SignInThrottlesPage() {
  const actor = await adminActorOrNull("/admin/sign-in-throttles", "user:manage");
  if (!actor) return <Forbidden what="manage sign-in throttles" />;
  const throttles = await listSignInThrottles(actor);
  return (
    <div className="container page">
      <p className="eyebrow">Admin</p>
      <h1>Sign-in throttles</h1>
      <p className="lede">
        Failed sign-ins slow down further attempts for that email from that address, doubling the wait each time; many
        failures from many addresses slow down every address. Clearing one lets the next attempt through at once.
      </p>
      {throttles.length === 0 ? (
        <p>No failed sign-ins in the last day.</p>
      ) : (
        <AdminTable
          caption={`${throttles.length} throttles with failures in the last day`}
          columns={["Email", "From", "Failures", "Waiting until", "Last failure", <span key="action" className="visually-hidden">Action</span>]}
        >
              {throttles.map((row) => (
                <tr key={`${row.scope}|${row.accountKey}|${row.ip}`}>
                  <th scope="row">{row.accountKey}</th>
                  <td>{row.scope === "account" ? "every address" : row.ip}</td>
                  <td>{row.failures}</td>
                  <td>{row.active ? <FormattedDate value={row.blockedUntil.toISOString()} /> : "not waiting"}</td>
                  <td>
                    <FormattedDate value={row.lastFailedAt.toISOString()} />
                  </td>
                  <td>
                    <ClearThrottleForm scope={row.scope} accountKey={row.accountKey} ip={row.ip} action={clearSignInThrottleAction} />
                  </td>
                </tr>
              ))}
        </AdminTable>
      )}
    </div>
  );
}
