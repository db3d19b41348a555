import type { Nodes, Parents, Root, Text } from "mdast";
import type { Plugin } from "unified";
import type { Position } from "unist";
import { visitParents } from "unist-util-visit-parents";
import { textSource } from "./text-source";

/** A `%%` of the note: the text node it stands in and its index in the node's value. */
type Marker = { node: Text; index: number; ancestors: readonly Parents[] };

/**
 * Hide Obsidian comments (help.obsidian.md "Basic formatting syntax", Comments),
 * as Obsidian's reading view does: `%%주석%%` in a line, and blocks
 *
 *     %%
 *     여러 줄, 문단이 바뀌어도
 *
 *     주석
 *     %%
 *
 * Each comment is reported where it starts (`npm run lint:content` lists it).
 * Only text counts: `%%` in code spans, code blocks and math stays as written,
 * and so does an escaped `\%%`. A `%%` left without its closing one hides
 * nothing and is a warning (Obsidian would hide the rest of the note).
 *
 * Hand-written: the comment is cut from the tree after parsing, by the text
 * nodes its two `%%` stand in, which keeps the positions of everything else;
 * remark-comment (npm) reads `<!-- -->`-like syntax inline only.
 */
const remarkObsidianComments: Plugin<[], Root> = function () {
  return function (tree, file) {
    const markers: Marker[] = [];
    visitParents(tree, "text", (node, ancestors) => {
      const source = textSource(node, file);
      for (let index = node.value.indexOf("%%"); index !== -1; index = node.value.indexOf("%%", index + 1)) {
        if (source.char(index)?.escaped || source.char(index + 1)?.escaped) continue;
        markers.push({ node, index, ancestors });
        index += 1;
      }
    });
    const pairs: Array<[Marker, Marker]> = [];
    for (let at = 0; at + 1 < markers.length; at += 2) {
      const open = markers[at];
      const close = markers[at + 1];
      if (open && close) pairs.push([open, close]);
    }
    const unclosed = markers.length % 2 === 1 ? markers.at(-1) : undefined;
    if (unclosed) {
      file.message("unclosed Obsidian comment `%%` shown as written (close it with another `%%`)", {
        place: textSource(unclosed.node, file).position(unclosed.index, unclosed.index + 2),
        ruleId: "comment",
        source: "obsidian",
      });
    }
    // From the last comment back, so the indexes of earlier markers stay right.
    for (const [open, close] of pairs.reverse()) {
      const start = textSource(open.node, file).position(open.index, open.index + 2)?.start;
      const end = textSource(close.node, file).position(close.index, close.index + 2)?.end;
      const place: Position | undefined = start && end ? { start, end } : undefined;
      hide(tree, open, close);
      file.info("Obsidian comment %%…%% hidden, as in Obsidian's reading view", { place, ruleId: "comment", source: "obsidian" });
    }
  };
};

/** Cut the note from `open` to the end of `close`, and drop the paragraphs that leaves empty. */
function hide(tree: Root, open: Marker, close: Marker): void {
  if (open.node === close.node) {
    open.node.value = open.node.value.slice(0, open.index) + open.node.value.slice(close.index + 2);
  } else {
    const between = nodesBetween(tree, open.node, close.node);
    open.node.value = open.node.value.slice(0, open.index);
    close.node.value = close.node.value.slice(close.index + 2);
    for (const { node, parent } of between) removeChild(parent, node);
  }
  for (const marker of [open, close]) dropIfEmpty(marker.node, marker.ancestors);
}

/**
 * The nodes that lie wholly between two text nodes in document order (the
 * outermost of each run), whatever blocks they are: paragraphs, lists, code.
 */
function nodesBetween(tree: Root, first: Text, last: Text): Array<{ node: Nodes; parent: Parents }> {
  const found: Array<{ node: Nodes; parent: Parents }> = [];
  let state: "before" | "inside" | "after" = "before";
  const walk = (parent: Parents, lastAncestors: ReadonlySet<Nodes>) => {
    for (const child of [...parent.children]) {
      if (state === "after") return;
      if (child === first) {
        state = "inside";
        continue;
      }
      if (child === last) {
        state = "after";
        return;
      }
      if (state === "inside" && !lastAncestors.has(child)) {
        found.push({ node: child, parent });
        continue;
      }
      if ("children" in child) walk(child, lastAncestors);
    }
  };
  walk(tree, ancestorsOf(tree, last));
  return found;
}

function ancestorsOf(tree: Root, target: Nodes): Set<Nodes> {
  const found = new Set<Nodes>();
  visitParents(tree, (node, ancestors) => {
    if (node !== target) return;
    for (const ancestor of ancestors) found.add(ancestor);
  });
  return found;
}

/** A paragraph the comment emptied leaves nothing behind (no blank `<p>`); other blocks stay. */
function dropIfEmpty(node: Text, ancestors: readonly Parents[]): void {
  const paragraph = ancestors.at(-1);
  const holder = ancestors.at(-2);
  if (paragraph?.type !== "paragraph" || !holder) return;
  const empty = paragraph.children.every((child) => child.type === "text" && child.value.trim() === "");
  if (empty) removeChild(holder, paragraph);
  else if (node.value === "") removeChild(paragraph, node);
}

function removeChild(parent: Parents, node: Nodes): void {
  // One array, read as the common type of every parent's children.
  const children: Nodes[] = parent.children;
  const index = children.indexOf(node);
  if (index !== -1) children.splice(index, 1);
}

export default remarkObsidianComments;
