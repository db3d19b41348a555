import type { Root } from "hast";
import { type Components, toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { CodeBlock } from "@/components/CodeBlock";
import { ScrollableTable } from "@/components/ScrollableTable";
import { NoteFigure } from "@/components/mermaid/NoteFigure";
import { NoteDiv, NoteInput } from "@/components/tasks/note-elements";

const components: Partial<Components> = {
  pre: CodeBlock,
  table: ScrollableTable,
  // ```mermaid blocks (marked by rehype-mermaid-blocks) become the lazily loading diagram island.
  figure: NoteFigure,
  // Task checkboxes and lecture task panels (marked by rehype-task-items / rehype-lecture-tasks).
  input: NoteInput,
  div: NoteDiv,
};

/** Sanitized hast -> React elements; note content never goes through `dangerouslySetInnerHTML`. */
export function hastToReact(tree: Root): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true });
}
