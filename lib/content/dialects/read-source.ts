import type { Root } from "mdast";
import type { VFile } from "vfile";
import { readHugoShortcodes } from "./read-hugo-shortcodes";
import { readLiquid } from "./read-liquid";
import { applyEdits, indexLines, literalRanges, type SourceEdit } from "./source-edits";

/** The note's source with its template dialects read, and what to do to the tree parsed from it. */
export type ReadSource = {
  /** The text to parse: same lines as the note, Liquid and shortcodes replaced. */
  text: string;
  /** Puts every position of the tree parsed from `text` back where the author wrote it. */
  finish: (tree: Root) => void;
};

const templateMark = /\{%|\{\{/u;

/**
 * Jekyll's Liquid and Hugo's shortcodes are read before Markdown, as those
 * tools do (see read-liquid.ts and read-hugo-shortcodes.ts). To leave code
 * and math alone, the note is parsed once as written to find them; a note
 * with no `{%` or `{{` skips all of this.
 */
export function readTemplateDialects(markdown: string, file: VFile, parse: (markdown: string) => Root): ReadSource {
  if (!templateMark.test(markdown)) return { text: markdown, finish: () => undefined };
  const source = indexLines(markdown);
  const literals = literalRanges(parse(markdown));
  const liquid = readLiquid(source, literals, file);
  const hugo = readHugoShortcodes(source, literals, file);
  const edited = applyEdits(markdown, withoutOverlaps([...hugo, ...liquid]));
  return { text: edited.text, finish: edited.restorePositions };
}

/**
 * Liquid inside a shortcode (`{{< figure src="{{ site.url }}/x.png" >}}`) gives two edits of one
 * place: the first one read (the shortcode's) wins, and the note still builds.
 */
function withoutOverlaps(edits: readonly SourceEdit[]): SourceEdit[] {
  const kept: SourceEdit[] = [];
  for (const edit of edits) {
    const overlaps = kept.some((other) => edit.start < other.end && other.start < edit.end);
    if (!overlaps) kept.push(edit);
  }
  return kept;
}
