import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { discoverNotes } from "@/lib/content/discover";

const made: string[] = [];
afterEach(() => {
  for (const directory of made.splice(0)) rmSync(directory, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path -> text). */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), "discover-"));
  made.push(root);
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  }
  return root;
}

const found = (root: string) => discoverNotes(root).notes.map((note) => (note.draft ? `${note.relativePath} (draft)` : note.relativePath));

describe("discoverNotes", () => {
  it("finds notes at any depth and skips what is not notes", () => {
    const root = tree({
      "week-08.md": "# 8",
      "Week 8 (11.7~11.11)/Further_studies.md": "# x",
      "Week_2/Day_4/03. 강의 제목.markdown": "# x",
      "_posts/2023-03-14-title.md": "# x",
      "_drafts/wip.md": "# x",
      "_layouts/post.md": "# layout",
      "_includes/footer.md": "# include",
      "_site/index.md": "# built",
      "public/index.md": "# hugo output",
      "node_modules/pkg/README.md": "# pkg",
      ".obsidian/workspace.md": "# settings",
      ".trash/old.md": "# deleted",
      ".github/PULL_REQUEST_TEMPLATE.md": "# template",
      "LICENSE.md": "MIT",
      "CONTRIBUTING.md": "# contributing",
      "CODE_OF_CONDUCT.md": "# conduct",
      "assets/logo.png": "png",
      "src/train.py": "print()",
      "doc/설계.md": "# 설계",
    });
    // In the order of the names' code points; the course tree puts them in reading order.
    expect(found(root)).toEqual([
      "Week 8 (11.7~11.11)/Further_studies.md",
      "Week_2/Day_4/03. 강의 제목.markdown",
      "_drafts/wip.md (draft)",
      "_posts/2023-03-14-title.md",
      "doc/설계.md",
      "week-08.md",
    ]);
  });

  it("leaves out what a .portalignore names, at the root or in a member's folder", () => {
    const root = tree({
      ".portalignore": "# 비공개\nprivate/\n*.draft.md\n",
      "private/메모.md": "# x",
      "a.draft.md": "# x",
      "a.md": "# x",
      "bob/.portalignore": "scratch.md\n",
      "bob/scratch.md": "# x",
      "bob/notes.md": "# x",
      "carol/scratch.md": "# x",
    });
    expect(found(root)).toEqual(["a.md", "bob/notes.md", "carol/scratch.md"]);
  });

  it("reads notes at their own path only, and refuses a symlink that leaves the root", () => {
    const outside = tree({ "secret.md": "# 비밀", "folder/other.md": "# 비밀" });
    const root = tree({ "notes/a.md": "# a" });
    symlinkSync(path.join(root, "notes"), path.join(root, "alias"));
    symlinkSync(path.join(outside, "secret.md"), path.join(root, "secret.md"));
    symlinkSync(path.join(outside, "folder"), path.join(root, "folder"));
    symlinkSync(root, path.join(root, "notes", "loop"));
    const { notes, warnings } = discoverNotes(root);
    expect(notes.map((note) => note.relativePath)).toEqual(["notes/a.md"]);
    expect(warnings.map((warning) => warning.message)).toEqual([
      "folder:1:1 is a symlink to a place outside the notes folder; it is not read",
      "secret.md:1:1 is a symlink to a place outside the notes folder; it is not read",
    ]);
  });

  it("reads a content root that is itself a symlink to a clone", () => {
    const clone = tree({ "Week_1/README.md": "# 1" });
    const holder = tree({});
    symlinkSync(clone, path.join(holder, "content"));
    expect(found(path.join(holder, "content"))).toEqual(["Week_1/README.md"]);
  });
});
