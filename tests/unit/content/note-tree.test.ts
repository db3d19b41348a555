import { readFileSync } from "node:fs";
import type { Root } from "mdast";
import { describe, expect, it, vi } from "vitest";
import { NoteTree, type TreeHold } from "@/lib/content/note-tree";
import { parseMarkdown } from "@/lib/content/parse";
import { WEEK8_FIXTURE } from "../helpers";

const markdown = readFileSync(WEEK8_FIXTURE, "utf8");

/**
 * A hold that has lost the first tree it was given, as a WeakRef does once the
 * collector took it, and keeps the ones after: the test does not wait on V8's
 * collector, whose timing no test can rely on.
 */
function collectedFirst(): (tree: Root) => TreeHold {
  let first = true;
  return (tree) => {
    if (!first) return { deref: () => tree };
    first = false;
    return { deref: () => undefined };
  };
}

describe("NoteTree", () => {
  it("gives the tree it was made with until it is released", () => {
    const root = parseMarkdown(markdown);
    const tree = new NoteTree(root);
    expect(tree.root()).toBe(root);
  });

  it("reads a released tree back from its JSON, equal to the parse, once the collector has taken it", () => {
    const tree = new NoteTree(parseMarkdown(markdown), collectedFirst());
    tree.release();
    const parse = vi.spyOn(JSON, "parse");
    const read = tree.root();
    expect(parse).toHaveBeenCalledTimes(1);
    // One read serves the callers that follow while anything holds it.
    expect(tree.root()).toBe(read);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
    expect(read).toEqual(parseMarkdown(markdown));
  });

  it("keeps serving the same tree after release while a caller holds it", () => {
    const root = parseMarkdown(markdown);
    const tree = new NoteTree(root);
    tree.release();
    expect(tree.root()).toBe(root);
  });
});
