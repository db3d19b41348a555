import { CopyCodeButtons } from "@/components/note/CopyCodeButton";
import { MermaidDiagrams } from "@/components/note/MermaidDiagram";
import { mermaidModuleHref } from "@/lib/render/mermaid-assets";
import type { NoteHtml } from "@/lib/render/process";
import type { SanitizedHtml } from "@/lib/render/sanitized-html";
import { TaskPanels } from "../tasks/TaskPanels";

type Props = {
  /** The article's id (PAGE_IDS.noteBody): the islands find their elements under it. */
  id: string;
  /** Only lib/render/process.ts makes a SanitizedHtml: the sanitizer's output and the site's own plugins after it. */
  html: SanitizedHtml;
  /** The note holds a diagram: mount the island that loads mermaid. */
  mermaid: NoteHtml["mermaid"];
};

/**
 * The note body: the one place the site inserts HTML (ARCHITECTURE "Safety",
 * STYLE rule 10). The article is a single element to React; its content is
 * the pipeline's HTML string, never hydrated as a tree (issue #21). The
 * islands after it enhance what the plugins wrote, found by the attributes of
 * lib/render/dom-contract: code copy buttons, lecture progress bars, diagrams.
 * Task checkboxes (TaskCheckboxes), heading copy links (CopyLinkHandler) and
 * the lightbox (ImageLightbox) already listen on the document.
 */
export function NoteBody({ id, html, mermaid }: Props) {
  return (
    <>
      <article id={id} className="note" dangerouslySetInnerHTML={{ __html: html }} />
      <CopyCodeButtons articleId={id} />
      <TaskPanels articleId={id} />
      {mermaid ? <MermaidDiagrams articleId={id} moduleHref={mermaidModuleHref} /> : null}
    </>
  );
}
