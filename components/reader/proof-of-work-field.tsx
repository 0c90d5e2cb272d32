"use client";
// The ALTCHA widget: the browser solves a small proof of work before the form is sent,
// with no third-party service. The "external" bundle is used because the default one starts
// its solver from blob: URLs, which the pages' Content Security Policy refuses; its worker
// is served from our own origin. The challenge comes from an uncached route, so a page
// from the rendered-page cache still gets a fresh one per reader.
import { useEffect, useRef, useState } from "react";
import type {} from "altcha/types/react";
import "altcha/altcha.css";
import styles from "./reader-forms.module.css";

export const CHALLENGE_URL = "/api/reader/challenge";
const WORKER_URL = "/api/reader/pow-worker";

let registered: Promise<void> | undefined;
function registerWidget(): Promise<void> {
  registered ??= import("altcha/external").then(() => {
    const worker = () => new Worker(WORKER_URL);
    for (const algorithm of ["SHA-256", "SHA-384", "SHA-512"]) globalThis.$altcha.algorithms.set(algorithm, worker);
  });
  return registered;
}

type Props<Answer> = {
  /** The form's latest answer from the server: each new one resets the widget, so a used solution is never sent twice. */
  answer: Answer;
  /** Called with the answer the challenge was solved under, or null when it is not solved. */
  onSolved: (answer: Answer | null) => void;
};

export function ProofOfWorkField<Answer>({ answer, onSolved }: Props<Answer>) {
  const [ready, setReady] = useState(false);
  const widget = useRef<HTMLElement & { reset?: () => void }>(null);
  useEffect(() => {
    let live = true;
    void registerWidget().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    const element = widget.current;
    if (!element) return;
    const listener = (event: Event) => onSolved((event as CustomEvent<{ state?: string }>).detail?.state === "verified" ? answer : null);
    element.addEventListener("statechange", listener);
    return () => element.removeEventListener("statechange", listener);
  }, [ready, answer, onSolved]);
  const first = useRef(answer);
  useEffect(() => {
    if (answer !== first.current) widget.current?.reset?.();
  }, [answer]);
  return (
    <div className={styles.pow}>
      {ready ? <altcha-widget ref={widget} challenge={CHALLENGE_URL} name="altcha" auto="onfocus" /> : <p className="muted">Loading the spam check…</p>}
    </div>
  );
}
