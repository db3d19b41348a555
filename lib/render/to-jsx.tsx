import type { Root } from "hast";
import { type Components, toJsxRuntime } from "hast-util-to-jsx-runtime";
import type { ReactNode } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { CodeBlock } from "@/components/CodeBlock";
import { ScrollableTable } from "@/components/ScrollableTable";

const components: Partial<Components> = {
  pre: CodeBlock,
  table: ScrollableTable,
};

/** Sanitized hast -> React elements; note content never goes through `dangerouslySetInnerHTML`. */
export function hastToReact(tree: Root): ReactNode {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true });
}
