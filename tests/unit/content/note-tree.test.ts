import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it, vi } from "vitest";
import { NoteTree } from "@/lib/content/note-tree";
import { parseMarkdown } from "@/lib/content/parse";
import { WEEK8_FIXTURE } from "../helpers";

/** V8's collector, so a test can see a released tree read back from its JSON. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("gc");
  if (typeof gc !== "function") throw new Error("gc is not exposed");
  gc();
}

/** Until the current job ends V8 keeps a WeakRef's target alive; a macrotask later it may go. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

const markdown = readFileSync(WEEK8_FIXTURE, "utf8");

/** Made in a function of its own, so no frame of the test holds the parsed tree. */
function releasedTree(): NoteTree {
  const tree = new NoteTree(parseMarkdown(markdown));
  tree.release();
  return tree;
}

describe("NoteTree", () => {
  it("gives the tree it was made with until it is released", () => {
    const root = parseMarkdown(markdown);
    const tree = new NoteTree(root);
    expect(tree.root()).toBe(root);
  });

  it("reads a released tree back, equal to the parse, once the collector has taken it", async () => {
    const tree = releasedTree();
    await nextTask();
    collectGarbage();
    const parse = vi.spyOn(JSON, "parse");
    const read = tree.root();
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
    expect(read).toEqual(parseMarkdown(markdown));
    // One read serves the callers that follow while anything holds it.
    expect(tree.root()).toBe(read);
  });

  it("keeps serving the same tree after release while a caller holds it", () => {
    const root = parseMarkdown(markdown);
    const tree = new NoteTree(root);
    tree.release();
    expect(tree.root()).toBe(root);
  });
});
