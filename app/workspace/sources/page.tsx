import type { Metadata } from "next";
import Form from "next/form";
import Link from "next/link";
import { Forbidden } from "@/components/forbidden";
import { formStyles, inputClass } from "@/components/forms";
import { SourceList } from "@/components/workspace/source-list";
import ws from "@/components/workspace/workspace.module.css";
import { listSources } from "@/lib/server/workspace/list-sources";
import { FORBIDDEN_WHAT, workspaceActorOrNull } from "../workspace-actor";

export const metadata: Metadata = { title: "Sources", robots: { index: false } };

type Props = { searchParams: Promise<{ q?: string | string[]; unrated?: string | string[] }> };

export default async function SourcesPage({ searchParams }: Props) {
  const actor = await workspaceActorOrNull("/workspace/sources");
  if (!actor) return <Forbidden what={FORBIDDEN_WHAT} />;
  const params = await searchParams;
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.trim().slice(0, 100) || undefined;
  const unrated = (Array.isArray(params.unrated) ? params.unrated[0] : params.unrated) === "1";
  const sources = await listSources(actor, { q, unrated });

  return (
    <div className="container page">
      <p className="eyebrow">
        <Link href="/workspace">Workspace</Link>
      </p>
      <h1>Sources</h1>
      <p className="lede">
        Publishers and originators, matched to evidence by domain and graded on the Admiralty reliability scale (A–F). A new domain starts
        at F, “cannot be judged”, and carries no weight until someone rates it.
      </p>
      <Form key={`${q ?? ""}|${unrated}`} action="/workspace/sources" className={ws.toolbar} role="search" aria-label="Find sources">
        <label htmlFor="q" className="visually-hidden">
          Name or domain
        </label>
        <input id="q" name="q" type="search" placeholder="Name or domain" defaultValue={q ?? ""} className={`${inputClass} ${ws.searchInput}`} />
        <label className={formStyles.checkbox}>
          <input type="checkbox" name="unrated" value="1" defaultChecked={unrated} /> Not rated yet
        </label>
        <button type="submit" className="button">
          Find
        </button>
        {q || unrated ? <Link href="/workspace/sources">Show all</Link> : null}
      </Form>
      {sources.length === 0 ? (
        <p>
          No sources match. <Link href="/workspace/sources">Show all sources</Link>.
        </p>
      ) : (
        <>
          <p className={ws.summary} role="status">
            {sources.length === 1 ? "1 source" : `${sources.length} sources`}
          </p>
          <SourceList sources={sources} />
        </>
      )}
    </div>
  );
}
