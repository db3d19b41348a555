import type { Element, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { scriptHash } from "./csp";

function isInlineScript(node: Element): boolean {
  return node.tagName === "script" && node.properties.src === undefined;
}

/** The hashes of every inline script of an HTML document, in document order, without repeats. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  visit(fromHtml(html), "element", (node: Element) => {
    if (isInlineScript(node)) hashes.add(scriptHash(toString(node)));
  });
  return [...hashes];
}

/**
 * Where the policy `<meta>` goes: first in `<head>`, so it governs every
 * script after it, but after `<meta charset>`, which must stay within the
 * first 1024 bytes. The offset comes from the HTML parser, not a text search.
 */
function policyMetaOffset(tree: Root): number | undefined {
  let offset: number | undefined;
  visit(tree, "element", (node: Element) => {
    if (node.tagName !== "head" || offset !== undefined) return;
    const [first] = node.children;
    const charset = first?.type === "element" && first.tagName === "meta" && first.properties.charSet !== undefined;
    offset = charset ? first.position?.end.offset : first?.position?.start.offset;
  });
  return offset;
}

/** The document with its Content-Security-Policy as a `<meta http-equiv>` (see policyMetaOffset). */
export function withPolicyMeta(html: string, policy: string): string {
  const insertAt = policyMetaOffset(fromHtml(html));
  if (insertAt === undefined) throw new Error("the document has no <head> content to put its Content-Security-Policy before");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll("&", "&amp;").replaceAll('"', "&quot;")}"/>`;
  return `${html.slice(0, insertAt)}${meta}${html.slice(insertAt)}`;
}
