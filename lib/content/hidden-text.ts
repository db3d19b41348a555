import type { Root } from "mdast";
import type { Position } from "unist";
import { visit } from "unist-util-visit";
import { ContentError } from "./errors";

/**
 * Raw HTML elements whose content is never shown, and that Markdown lets run
 * to the end of the note when their closing tag is missing (CommonMark HTML
 * block type 1, and comments).
 */
const swallowing = /^<(script|style|textarea)(?=[\s/>]|$)/iu;

const flowParents = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/**
 * Text a reader will never see although the author wrote it: an HTML comment
 * or `<script>`/`<style>`/`<textarea>` block that is never closed (it hides
 * the rest of the note, on GitHub too), and a footnote or link defined twice
 * (only the first definition is used); and a code fence never closed (the
 * rest of the note becomes code). One warning each, at the cause.
 */
export function hiddenTextWarnings(tree: Root, file: string, markdown?: string): ContentError[] {
  const warnings: ContentError[] = [];
  const seen = new Map<string, number>();
  visit(tree, (node, _index, parent) => {
    const start = node.position?.start;
    const line = start?.line ?? 1;
    const column = start?.column ?? 1;
    if (node.type === "html") {
      // Inline tags end with their paragraph; only a block runs on to the end of the note.
      if (parent && !flowParents.has(parent.type)) return;
      const value = node.value.trimStart();
      const hides = (closer: string) => `so the rest of the note (${lineCount(node.value)} line(s)) is hidden; add \`${closer}\` where it should end`;
      if (value.startsWith("<!--") && !value.includes("-->")) {
        warnings.push(new ContentError(file, line, column, `HTML comment \`<!--\` is never closed, ${hides("-->")}`));
      }
      const tag = swallowing.exec(value)?.[1]?.toLowerCase();
      if (tag && !new RegExp(`</${tag}\\s*>`, "iu").test(value)) {
        warnings.push(new ContentError(file, line, column, `\`<${tag}>\` is never closed, ${hides(`</${tag}>`)}`));
      }
      return;
    }
    if (node.type === "code" && markdown !== undefined && isUnclosedFence(node.position, markdown)) {
      warnings.push(new ContentError(file, line, column, "code fence is never closed, so the rest of the note is shown as code; add a closing ``` line after the code"));
      return;
    }
    if (node.type !== "footnoteDefinition" && node.type !== "definition") return;
    const key = `${node.type}:${node.identifier}`;
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, line);
      return;
    }
    const what = node.type === "footnoteDefinition" ? `footnote [^${node.label ?? node.identifier}]` : `link [${node.label ?? node.identifier}]`;
    warnings.push(new ContentError(file, line, column, `${what} is defined again; only the definition on line ${first} is used, so this one is hidden; rename or merge them`));
  });
  return warnings;
}

/** A fenced code block that runs to the end of the note: its last line is not a closing fence. */
function isUnclosedFence(position: Position | undefined, markdown: string): boolean {
  const start = position?.start.offset;
  const end = position?.end.offset;
  if (start === undefined || end === undefined || end < markdown.trimEnd().length) return false;
  const source = markdown.slice(start, end).trimEnd();
  const opener = /^[ \t>]*(`{3,}|~{3,})/u.exec(source)?.[1];
  if (!opener) return false;
  const last = source.split("\n").slice(1).at(-1);
  return last === undefined || !new RegExp(`^[ \\t>]*[${opener[0]}]{${opener.length},}\\s*$`, "u").test(last);
}

function lineCount(text: string): number {
  return text.split("\n").length;
}
