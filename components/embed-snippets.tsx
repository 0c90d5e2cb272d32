import { trackerPaths } from "@/lib/public/urls";
import styles from "./embed-snippets.module.css";

type EmbedSnippetsProps = { slug: string; title: string; baseUrl: string };

/** Copy-paste HTML for the badge and the widget; read-only text areas select and copy easily. */
export function EmbedSnippets({ slug, title, baseUrl }: EmbedSnippetsProps) {
  const paths = trackerPaths(slug);
  const page = `${baseUrl}${paths.page}`;
  const snippets = [
    {
      id: `embed-badge-${slug}`,
      label: "Badge (SVG image)",
      hint: "Add ?label=Your%20words to change the left-hand text.",
      code: `<a href="${page}"><img src="${baseUrl}${paths.badge}" alt="${escapeAttribute(title)}: proof points ticked"></a>`,
    },
    {
      id: `embed-widget-${slug}`,
      label: "Scorecard widget (iframe)",
      hint: "A compact, script-free scorecard; it fits widths from 280 px.",
      code: `<iframe src="${baseUrl}${paths.widget}" title="${escapeAttribute(title)} scorecard" width="360" height="420" style="border:0"></iframe>`,
    },
  ];
  return (
    <div className={styles.snippets}>
      {snippets.map((snippet) => (
        <div key={snippet.id} className={styles.snippet}>
          <label htmlFor={snippet.id} className={styles.label}>
            {snippet.label}
          </label>
          <textarea id={snippet.id} className={styles.code} readOnly rows={3} value={snippet.code} aria-describedby={`${snippet.id}-hint`} />
          <p id={`${snippet.id}-hint`} className={styles.hint}>
            {snippet.hint}
          </p>
        </div>
      ))}
      <p className={styles.preview}>
        {/* The badge itself, as it will appear on another site. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- an SVG served by this app; next/image adds nothing */}
        <img src={paths.badge} alt={`Badge: ${title}, proof points ticked`} height={20} />
      </p>
    </div>
  );
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}
