"use client";

// Metadata on paste: when an analyst pastes or leaves the URL field, the page is read on
// the server and the empty title, source name and published date are filled in. Fields
// the analyst typed are never overwritten; every field stays editable; saving does not wait.
import { useRef, useState, useTransition, type RefObject } from "react";
import { IDLE_FORM_STATE, type FormState } from "@/lib/actions/form-state";
import type { LinkMetadataResult } from "@/lib/server/capture/link-metadata";
import styles from "./workspace.module.css";

export type MetadataAction = (state: FormState, formData: FormData) => Promise<FormState>;

type Targets = { title: RefObject<HTMLInputElement | null>; sourceName: RefObject<HTMLInputElement | null>; publishedAt: RefObject<HTMLInputElement | null> };

type Note = { kind: "loading" } | { kind: "found"; filled: string[]; canonicalUrl: string | null } | { kind: "unavailable"; reason: string } | null;

function fillIfEmpty(input: HTMLInputElement | null, value: string | null, label: string, filled: string[]) {
  if (!input || !value || input.value.trim() !== "") return;
  input.value = value;
  input.dataset.fromPage = "true";
  filled.push(label);
}

export function useLinkMetadata(action: MetadataAction | undefined, targets: Targets) {
  const [note, setNote] = useState<Note>(null);
  const [, startTransition] = useTransition();
  const lastUrl = useRef("");

  const lookUp = (url: string) => {
    const trimmed = url.trim();
    if (!action || !/^https?:\/\/\S+\.\S+/i.test(trimmed) || trimmed === lastUrl.current) return;
    lastUrl.current = trimmed;
    setNote({ kind: "loading" });
    startTransition(async () => {
      const formData = new FormData();
      formData.set("url", trimmed);
      const state = await action(IDLE_FORM_STATE, formData);
      if (lastUrl.current !== trimmed) return;
      const result = state.details as LinkMetadataResult | undefined;
      if (state.status !== "success" || !result) {
        setNote({ kind: "unavailable", reason: state.fieldErrors?.url?.[0] ?? state.message ?? "the link is not valid" });
      } else if (result.status === "unavailable") {
        setNote({ kind: "unavailable", reason: result.reason });
      } else {
        const filled: string[] = [];
        fillIfEmpty(targets.title.current, result.metadata.title, "title", filled);
        fillIfEmpty(targets.sourceName.current, result.metadata.siteName, "source name", filled);
        fillIfEmpty(targets.publishedAt.current, result.metadata.publishedAt, "published date", filled);
        setNote({ kind: "found", filled, canonicalUrl: result.metadata.canonicalUrl && result.metadata.canonicalUrl !== trimmed ? result.metadata.canonicalUrl : null });
      }
    });
  };

  const onUrl = {
    onPaste: (event: React.ClipboardEvent<HTMLInputElement>) => lookUp(event.clipboardData.getData("text")),
    onBlur: (event: React.FocusEvent<HTMLInputElement>) => lookUp(event.currentTarget.value),
  };
  return { onUrl, note: <MetadataNote note={note} /> };
}

function MetadataNote({ note }: { note: Note }) {
  return (
    <p className={styles.metadataNote} role="status" aria-live="polite">
      {note?.kind === "loading" ? "Reading the page…" : null}
      {note?.kind === "found"
        ? note.filled.length
          ? `Filled in from the page: ${note.filled.join(", ")}. Check them; you can change anything.`
          : "Read the page; your fields were already filled, so nothing was changed."
        : null}
      {note?.kind === "found" && note.canonicalUrl ? ` The page names its canonical address as ${note.canonicalUrl}.` : null}
      {note?.kind === "unavailable" ? `The page could not be read (${note.reason}); fill in the fields yourself. Saving works all the same.` : null}
    </p>
  );
}
