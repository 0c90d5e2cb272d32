import { CopyButton } from "@/components/copy-button";

/** A signing secret shown once, right after it was made, with a copy button. */
export function SecretReveal({ secret, id }: { secret: string; id: string }) {
  return (
    <p>
      Signing secret: <code id={id}>{secret}</code> <CopyButton targetId={id} label="Copy the secret" />
    </p>
  );
}
