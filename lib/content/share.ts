/**
 * What a shared link's card and meta description say: the pure part, shared
 * by the section pages, their cards and the notes' descriptions. No DOM, no React, no I/O.
 * (Its addresses live in lib/urls.ts, the "section not found" match in lib/share/closest-match.ts.)
 */

/**
 * The first sentence of a text, for a meta description: up to the first `.`,
 * `?`, `!` or `다.`-style ending followed by a space, else the first `max`
 * characters cut at a word boundary with an ellipsis.
 */
export function firstSentence(text: string, max = 160): string {
  const collapsed = text.replace(/\s+/gu, " ").trim();
  const match = /^(.+?[.?!。])(?:\s|$)/u.exec(collapsed);
  const sentence = match?.[1] ?? collapsed;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
