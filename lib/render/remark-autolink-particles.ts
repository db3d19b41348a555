import type { Link, Nodes, Root, Text } from "mdast";
import type { Plugin } from "unified";
import { SKIP, visit } from "unist-util-visit";

// Hangul glued to the end of a URL after a letter, digit or closing mark: `c를`, `1입니다`, `)에서`.
const gluedHangul = /(?<=[A-Za-z0-9)\]}.,!?:;'"])\p{Script=Hangul}/u;
// What GFM trims from the end of a bare URL: `https://a.b/c.` links `https://a.b/c`.
const trailingPunctuation = /[?!.,:*_~'"]$/u;

/**
 * Keep Korean particles out of bare URLs: `https://a.b/c를 참고` links
 * `https://a.b/c`, and `를` stays text, as does `에서` in `www.example.com에서`.
 *
 * GFM (and GitHub) end a bare URL only at whitespace, so Korean, written with
 * particles right after the URL, gets them inside the link. A URL whose path is
 * Korean (`/wiki/인공지능`, `?q=모델`) keeps it: only Hangul that follows a letter,
 * digit or closing mark is cut, then GFM's trailing-punctuation rules apply again.
 * Links written as `<url>` or `[text](url)` are left as written.
 */
const remarkAutolinkParticles: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "link", (node: Link, index, parent) => {
      if (!parent || index === undefined || !isBareUrl(node)) return;
      const [text] = node.children;
      if (text?.type !== "text") return;
      const kept = keptPart(text.value);
      if (kept === text.value || kept === "" || !node.url.endsWith(text.value)) return;
      const rest: Text = { type: "text", value: text.value.slice(kept.length) };
      node.url = node.url.slice(0, node.url.length - text.value.length) + kept;
      text.value = kept;
      // Positions would now describe a different range of the source: drop them rather than lie.
      delete node.position;
      delete text.position;
      const siblings: Nodes[] = parent.children;
      siblings.splice(index + 1, 0, rest);
      return [SKIP, index + 2];
    });
  };
};

/** A GFM literal autolink: one text child spanning exactly the link, as written in the source. */
function isBareUrl(node: Link): boolean {
  const [text] = node.children;
  if (node.children.length !== 1 || text?.type !== "text") return false;
  // Links the GFM transform found inside text carry no position; all others span `[..](..)` or `<..>`.
  if (!node.position || !text.position) return true;
  return node.position.start.offset === text.position.start.offset && node.position.end.offset === text.position.end.offset;
}

/** The part of a bare URL that is the URL: up to glued Hangul, without trailing punctuation. */
function keptPart(url: string): string {
  const glued = gluedHangul.exec(url);
  if (!glued) return url;
  let kept = url.slice(0, glued.index);
  for (let previous = ""; previous !== kept;) {
    previous = kept;
    kept = kept.replace(trailingPunctuation, "");
    if (kept.endsWith(")") && count(kept, "(") < count(kept, ")")) kept = kept.slice(0, -1);
  }
  // Never cut into the host of `www.한국.kr`: what stays must still be a URL with a host.
  const host = kept.replace(/^(?:[A-Za-z][A-Za-z0-9+.-]*:\/\/|www\.)/u, "");
  return host !== kept && host.includes(".") ? kept : url;
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

export default remarkAutolinkParticles;
