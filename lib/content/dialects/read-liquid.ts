import type { VFile } from "vfile";
import { externalLinkMarkup, fenceFor, figureMarkup } from "./markup";
import { parameterValue, parseParameters } from "./parameters";
import { insideRanges, type LiteralRange, lineAround, pointAt, type SourceEdit, type SourceText } from "./source-edits";

/**
 * Jekyll runs Liquid over a post before kramdown reads it, so Liquid can sit
 * where Markdown would not accept it (`![a]({{ site.url }}/x.png)`: a space in
 * a link destination) and `{% raw %}` protects code from Liquid. This reader
 * does the same, before the note is parsed: it turns the Liquid a Korean
 * Jekyll blog (Chirpy, Minimal Mistakes) writes into the Markdown the author
 * saw, and reports each construct through the vfile.
 *
 * - `{% raw %}` / `{% endraw %}`: the markers go, the text between stays as
 *   written (inside code too, as on Jekyll); nothing between them is read.
 * - `{{ site.url }}`, `{{ site.baseurl }}` before a path: nothing, so the path
 *   stays site-absolute (`/assets/x.png`) for the image resolver; as a whole
 *   link destination: `/`. `{{ "/x.png" | relative_url }}` (also
 *   `absolute_url`, `prepend: site.baseurl`): `/x.png`.
 * - `{% post_url 2023-03-14-title %}`, `{% link _posts/x.md %}`: a relative
 *   link to that note's file, which the note-link resolver turns into its page.
 * - `{% highlight python linenos %}` … `{% endhighlight %}` on their own lines:
 *   a fenced code block of that language.
 * - `{% include toc %}`: nothing (the page has its own table of contents);
 *   `{% include figure image_path=… %}`: the image; `{% include video id=…
 *   provider="youtube" %}`: a link to the video.
 * - `{% comment %}` … `{% endcomment %}`: hidden, as on Jekyll.
 * - Any other tag or output is shown as written, with a warning.
 *
 * Liquid inside code or math (outside `{% raw %}`) is left alone: there it is
 * almost always the author's example (Vue, Jinja, GitHub Actions, LaTeX's `{{`).
 * Hand-written, not liquidjs: we do not render templates (there is no site
 * data), we recognise a few tags in place, and must never fail on text that
 * only looks like Liquid, which liquidjs's tokenizer rejects.
 * Every edit keeps the note's line breaks, so line numbers stay right.
 */
export function readLiquid(source: SourceText, literals: readonly LiteralRange[], file: VFile): SourceEdit[] {
  const { value } = source;
  if (!value.includes("{%") && !value.includes("{{")) return [];
  const edits: SourceEdit[] = [];
  const report = (offset: number, reason: string, ruleId: string) =>
    file.info(reason, { place: pointAt(source, offset), ruleId, source: "jekyll" });
  const warn = (offset: number, reason: string, ruleId: string) =>
    file.message(reason, { place: pointAt(source, offset), ruleId, source: "jekyll" });

  const tokens = [...value.matchAll(liquidToken)].map(toToken);
  let rawStart: Token | null = null;
  let highlight: { close: Token; fence: string } | null = null;
  let commentStart: Token | null = null;
  for (const [position, token] of tokens.entries()) {
    if (rawStart) {
      if (token.tag !== "endraw") continue;
      edits.push(remove(token));
      rawStart = null;
      continue;
    }
    if (commentStart) {
      if (token.tag !== "endcomment") continue;
      edits.push({ start: commentStart.start, end: token.end, text: lineBreaksOf(value.slice(commentStart.start, token.end)) });
      report(commentStart.start, "Liquid `{% comment %}` … `{% endcomment %}` is hidden, as on Jekyll", "liquid-comment");
      commentStart = null;
      continue;
    }
    if (token.tag === "raw") {
      edits.push(remove(token));
      rawStart = token;
      const closed = tokens.slice(position + 1).some((later) => later.tag === "endraw");
      if (closed) report(token.start, "Liquid `{% raw %}` … `{% endraw %}`: the markers are removed, the text between is shown as written", "liquid-raw");
      else warn(token.start, "Liquid `{% raw %}` is never closed (Jekyll stops the build here); the marker is removed and the rest of the note is shown as written; add `{% endraw %}`", "liquid-raw-unclosed");
      continue;
    }
    if (token.tag === "endraw") {
      edits.push(remove(token));
      warn(token.start, "Liquid `{% endraw %}` without an opening `{% raw %}` is removed; add `{% raw %}` where the protected text starts, or delete it", "liquid-raw-unopened");
      continue;
    }
    if (highlight) {
      if (token !== highlight.close) continue;
      edits.push({ start: token.start, end: token.end, text: highlight.fence });
      highlight = null;
      continue;
    }
    if (insideRanges(literals, token.start)) continue;
    if (token.tag === "comment") {
      commentStart = token;
      if (!tokens.slice(position + 1).some((later) => later.tag === "endcomment")) {
        commentStart = null;
        warn(token.start, "Liquid `{% comment %}` is never closed and is shown as written; add `{% endcomment %}`", "liquid-comment-unclosed");
      }
      continue;
    }
    if (token.tag === "highlight") {
      const close = tokens.slice(position + 1).find((later) => later.tag === "endhighlight");
      if (!close || !standsAlone(value, token) || !standsAlone(value, close)) {
        warn(token.start, "Liquid `{% highlight %}` must stand on its own line and be closed by `{% endhighlight %}` on its own line; shown as written", "liquid-highlight-unreadable");
        continue;
      }
      const language = parseParameters(token.args).positional[0] ?? "";
      const fence = fenceFor(value.slice(token.end, close.start));
      edits.push({ start: token.start, end: token.end, text: `${fence}${language}` });
      highlight = { close, fence };
      report(token.start, `Liquid \`{% highlight ${language} %}\` is shown as a ${language || "plain"} code block${/\blinenos\b/u.test(token.args) ? " (without line numbers)" : ""}`, "liquid-highlight");
      continue;
    }
    const replacement = token.kind === "output" ? readOutput(token, value) : readTag(token);
    if (replacement === null) {
      const what = token.kind === "output" ? "output" : "tag";
      warn(token.start, `Liquid ${what} \`${token.text}\` is not understood (the portal has no Jekyll site data) and is shown as written`, `liquid-unknown-${what}`);
      continue;
    }
    edits.push({ start: token.start, end: token.end, text: replacement.text });
    report(token.start, replacement.reason, replacement.ruleId);
  }
  if (highlight) edits.push({ start: highlight.close.start, end: highlight.close.end, text: highlight.fence });
  return edits;
}

type Token = {
  kind: "tag" | "output";
  /** The tag's name (`raw`, `include`), empty for an output. */
  tag: string;
  /** A tag's arguments, or an output's expression. */
  args: string;
  text: string;
  start: number;
  end: number;
};

// One line at most: an edit may not remove line breaks. `{{<` and `{{%` are Hugo's, `{{%`'s inner `{%` too.
const liquidToken = /(?<!\{)\{%-?[ \t]*([A-Za-z_]\w*)([^\n]*?)-?%\}|\{\{(?![<%])-?([^\n]*?)-?\}\}/gu;

function toToken(match: RegExpMatchArray): Token {
  const start = match.index ?? 0;
  const text = match[0];
  const isTag = match[1] !== undefined;
  return {
    kind: isTag ? "tag" : "output",
    tag: isTag ? (match[1] ?? "").toLowerCase() : "",
    args: (isTag ? match[2] : match[3])?.trim() ?? "",
    text,
    start,
    end: start + text.length,
  };
}

function remove(token: Token): SourceEdit {
  return { start: token.start, end: token.end, text: "" };
}

type Replacement = { text: string; reason: string; ruleId: string };

const siteRoot = /^site\.(?:url|baseurl)$/u;
// A quoted path through the filters that only make it site-absolute on Jekyll.
const siteRelativePath = /^(["'])([^"']*)\1((?:\s*\|\s*(?:relative_url|absolute_url|prepend:\s*site\.(?:baseurl|url)))+)$/u;

function readOutput(token: Token, value: string): Replacement | null {
  const expression = token.args;
  if (siteRoot.test(expression)) {
    const after = value.slice(token.end);
    if (/^(?:\/|\{\{|\{%)/u.test(after)) {
      return { text: "", reason: `Liquid \`{{ ${expression} }}\` before a path is removed: the path is read from the site root`, ruleId: "liquid-site-url" };
    }
    const before = value.slice(Math.max(0, token.start - 1), token.start);
    if (/^[("'<=\s]?$/u.test(before) && /^(?:[)"'>\s]|$)/u.test(after)) {
      return { text: "/", reason: `Liquid \`{{ ${expression} }}\` as a whole address is the site's home page, \`/\``, ruleId: "liquid-site-url" };
    }
    return null;
  }
  const path = siteRelativePath.exec(expression);
  if (path) {
    const written = path[2] ?? "";
    const absolute = written.startsWith("/") || /^[a-z][a-z0-9+.-]*:/iu.test(written) ? written : `/${written}`;
    return { text: absolute, reason: `Liquid \`{{ ${expression} }}\` is read as \`${absolute}\` from the site root`, ruleId: "liquid-relative-url" };
  }
  return null;
}

function readTag(token: Token): Replacement | null {
  const parameters = parseParameters(token.args);
  const first = parameters.positional[0] ?? "";
  switch (token.tag) {
    case "post_url": {
      const name = first.split("/").at(-1) ?? first;
      if (name === "") return null;
      return { text: `./${name}.md`, reason: `Liquid \`{% post_url ${first} %}\` links to the note \`${name}.md\``, ruleId: "liquid-post-url" };
    }
    case "link": {
      if (first === "") return null;
      const name = first.split("/").at(-1) ?? first;
      const isNote = /\.(?:md|markdown)$/iu.test(name);
      const text = isNote ? `./${name}` : `/${first.replace(/^\/+/u, "")}`;
      return { text, reason: `Liquid \`{% link ${first} %}\` links to \`${text}\``, ruleId: "liquid-link" };
    }
    case "include":
      return readInclude(first, parameters);
    default:
      return null;
  }
}

/** The includes every Minimal Mistakes post uses; a site's own includes are unknown. */
function readInclude(name: string, parameters: ReturnType<typeof parseParameters>): Replacement | null {
  switch (name.replace(/\.html$/u, "")) {
    case "toc":
      return { text: "", reason: "Liquid `{% include toc %}` is removed: the page shows its own table of contents", ruleId: "liquid-include-toc" };
    case "figure": {
      const src = parameterValue(parameters, "image_path");
      if (src === null) return null;
      const text = figureMarkup({
        src: src.startsWith("/") || /^[a-z]+:/iu.test(src) ? src : `/${src}`,
        alt: parameterValue(parameters, "alt"),
        title: null,
        caption: parameterValue(parameters, "caption"),
        width: null,
        height: null,
      });
      return { text, reason: `Liquid \`{% include figure %}\` is shown as the image \`${src}\``, ruleId: "liquid-include-figure" };
    }
    case "video": {
      const id = parameterValue(parameters, "id");
      const provider = parameterValue(parameters, "provider")?.toLowerCase();
      if (id === null) return null;
      if (provider === "youtube") return videoLink("YouTube", `https://www.youtube.com/watch?v=${id}`, id);
      if (provider === "vimeo") return videoLink("Vimeo", `https://vimeo.com/${id}`, id);
      return null;
    }
    default:
      return null;
  }
}

function videoLink(site: string, url: string, id: string): Replacement {
  return {
    text: externalLinkMarkup(`${site} 동영상 보기 (${id})`, url),
    reason: `Liquid \`{% include video %}\` is shown as a link to the ${site} video (embedded players are not allowed)`,
    ruleId: "liquid-include-video",
  };
}

/** Only spaces around the token on its line. */
function standsAlone(value: string, token: Token): boolean {
  const line = lineAround(value, token.start);
  return value.slice(line.start, token.start).trim() === "" && value.slice(token.end, line.end).trim() === "";
}

function lineBreaksOf(text: string): string {
  return text.replace(/[^\n]/gu, "");
}
