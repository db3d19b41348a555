import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { type FileIndex, type FileTarget, MAX_FILE_BYTES, resolveFileLink } from "../content/files";
import { classList } from "./hast-class";

/**
 * Options: the files of the repository (the loader's index) and where the
 * rendered note lives among them. Without an index nothing is known about
 * the files, and links stay as written.
 */
export type Options = { files: FileIndex | null; fromPath: string };

const emptyOptions: Options = { files: null, fromPath: "" };

/**
 * Turn links to files of the repository into links to the files the portal
 * serves (lib/content/files.ts): `./01_numpy.ipynb` -> `/files/practice/01_numpy.ipynb`.
 *
 * A link to a file the reader cannot get (missing, outside the notes folder,
 * of a type or size the portal does not serve) keeps pointing where it was
 * written and is marked (`file-link-missing`, title "없는 파일" or why it is
 * not served), as links to missing notes are; the build warns about it.
 * Runs after sanitizing (unsafe URLs are gone) and after links between notes
 * have become `/weeks/…` links, which it leaves alone.
 */
const rehypeFileLinks: Plugin<[Options?], Root> = function (options) {
  const settings = options ?? emptyOptions;
  return function (tree) {
    const { files, fromPath } = settings;
    if (files === null) return;
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "a" || typeof node.properties.href !== "string") return;
      const target = resolveFileLink(node.properties.href, fromPath, files, "link");
      if (target.kind === "other") return;
      if (target.kind === "file") {
        node.properties.href = target.url;
        return;
      }
      node.properties.className = [...classList(node), "file-link-missing"];
      node.properties.title = titleOf(target);
    });
  };
};

function titleOf(target: FileTarget): string {
  if (target.kind !== "refused") return "없는 파일";
  return target.reason === "size" ? `${MAX_FILE_BYTES / 1024 / 1024} MB보다 커서 제공하지 않는 파일` : "사이트에서 제공하지 않는 형식의 파일";
}

export default rehypeFileLinks;
