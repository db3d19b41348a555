import type { VFile } from "vfile";
import { externalLinkMarkup, fenceFor, figureMarkup } from "./markup";
import { type Parameters, parameterValue, parseParameters } from "./parameters";
import { insideRanges, type LiteralRange, lineAround, pointAt, type SourceEdit, type SourceText } from "./source-edits";

/**
 * Hugo expands shortcodes before Goldmark reads the Markdown, so a shortcode
 * may stand where Markdown would not take it (`[글]({{< ref "x.md" >}})`: a
 * space in a link destination) and a `{{< highlight >}}` body is code, not
 * Markdown. This reader does the same, before the note is parsed:
 *
 * - `{{< figure src alt caption title width height >}}` (and LoveIt's
 *   `{{< image >}}`): the image, its caption under it;
 * - `{{< youtube id >}}`, `{{< vimeo id >}}`, `{{< gist user id >}}`,
 *   `{{< tweet user="…" id="…" >}}`, `{{< instagram id >}}`: a plain link with
 *   a Korean label (no iframe: the sanitizer and the CSP forbid them);
 * - `{{< ref "x.md#s" >}}` / `{{< relref >}}`: `./x.md#s`, a note link;
 * - `{{< highlight go >}}` / `{{< mermaid >}}` … closed on their own lines:
 *   a fenced code block;
 * - `{{% notice tip "제목" %}}`, `{{< hint info >}}`, `{{< admonition tip "제목" >}}`
 *   … `{{< /notice >}}` on their own lines at the start of the line: a callout
 *   quote in Obsidian's syntax (`> [!tip] 제목`, every body line quoted);
 * - `{{< toc >}}`: nothing (the page has its own table of contents);
 * - a shortcode with Hugo's comment markers inside its delimiters (`{{</*`, `*\/>}}`),
 *   Hugo's way to show one: `{{< x >}}` as text;
 * - anything else is shown as written, with a warning.
 *
 * Shortcodes inside code or math are left as written (there they are the
 * author's example). Hand-written: Hugo is a Go program, and no npm package
 * reads its shortcode syntax. Every edit keeps the note's line breaks.
 */
export function readHugoShortcodes(source: SourceText, literals: readonly LiteralRange[], file: VFile): SourceEdit[] {
  const { value } = source;
  const edits: SourceEdit[] = [];
  if (!value.includes("{{<") && !value.includes("{{%")) return edits;
  const report = (offset: number, reason: string, ruleId: string) =>
    file.info(reason, { place: pointAt(source, offset), ruleId, source: "hugo" });
  const warn = (offset: number, reason: string, ruleId: string) =>
    file.message(reason, { place: pointAt(source, offset), ruleId, source: "hugo" });

  const tokens = [...value.matchAll(shortcodeToken)].map(toShortcode).filter((token) => token !== null);
  /** Closers already paired with their opener, by start offset. */
  const paired = new Set<number>();
  let codeUntil = -1;
  for (const [position, token] of tokens.entries()) {
    if (token.escaped) {
      edits.push({ start: token.start, end: token.end, text: `{{${token.delimiter}${token.inner}${token.delimiter === "<" ? ">" : "%"}}}` });
      report(token.start, `Hugo \`${token.text}\` is shown as the shortcode text it stands for`, "hugo-escaped");
      continue;
    }
    if (paired.has(token.start) || token.start < codeUntil || insideRanges(literals, token.start)) continue;
    const closer = () => findCloser(tokens, position, token.name);
    if (token.closing) {
      warn(token.start, `Hugo \`${token.text}\` closes no shortcode the portal reads and is shown as written`, "hugo-unknown");
      continue;
    }
    const kind = fencedKinds.get(token.name);
    if (kind !== undefined) {
      const close = closer();
      if (!close || !standsAlone(value, token) || !standsAlone(value, close)) {
        warn(token.start, `Hugo \`${token.text}\` must stand on its own line and be closed by \`{{< /${token.name} >}}\` on its own line; shown as written`, "hugo-highlight-unreadable");
        continue;
      }
      const language = kind === "" ? (token.parameters.positional[0] ?? "") : kind;
      const fence = fenceFor(value.slice(token.end, close.start));
      edits.push({ start: token.start, end: token.end, text: `${fence}${language}` }, { start: close.start, end: close.end, text: fence });
      paired.add(close.start);
      codeUntil = close.start;
      report(token.start, `Hugo \`${shortName(token)}\` is shown as a ${language || "plain"} code block`, "hugo-highlight");
      continue;
    }
    if (calloutNames.has(token.name)) {
      const close = closer();
      const callout = calloutOf(token);
      if (!close || !startsLine(value, token) || !standsAlone(value, token) || !startsLine(value, close) || !standsAlone(value, close)) {
        warn(token.start, `Hugo \`${token.text}\` is shown as written: a callout needs its opening and closing shortcodes each alone on a line, at the start of the line`, "hugo-callout-unreadable");
        continue;
      }
      edits.push({ start: token.start, end: token.end, text: `> [!${callout.type}]${callout.title === null ? "" : ` ${callout.title}`}` }, { start: close.start, end: close.end, text: "" });
      for (let lineStart = value.indexOf("\n", token.end) + 1; lineStart > 0 && lineStart < close.start; lineStart = value.indexOf("\n", lineStart) + 1) {
        const line = lineAround(value, lineStart);
        edits.push({ start: lineStart, end: lineStart, text: value.slice(line.start, line.end).trim() === "" ? ">" : "> " });
      }
      paired.add(close.start);
      report(token.start, `Hugo \`${shortName(token)}\` is shown as a callout \`[!${callout.type}]\``, "hugo-callout");
      continue;
    }
    const replacement = readSingle(token);
    if (replacement === null) {
      warn(token.start, `Hugo shortcode \`${token.text}\` is not understood and is shown as written`, "hugo-unknown");
      continue;
    }
    edits.push({ start: token.start, end: token.end, text: replacement.text });
    report(token.start, replacement.reason, replacement.ruleId);
  }
  return edits;
}

type Shortcode = {
  text: string;
  start: number;
  end: number;
  delimiter: "<" | "%";
  name: string;
  closing: boolean;
  /** Written with Hugo's comment markers inside the delimiters: Hugo shows it as `{{< x >}}`. */
  escaped: boolean;
  /** What stands between the delimiters, comment markers left out. */
  inner: string;
  parameters: Parameters;
};

// One line at most: an edit may not remove line breaks.
const shortcodeToken = /\{\{([<%])(\/\*)?([ \t]*)(\/?)[ \t]*([A-Za-z][\w./-]*)([^\n]*?)(\*\/)?([>%])\}\}/gu;

function toShortcode(match: RegExpMatchArray): Shortcode | null {
  const [text, open, commentOpen, , slash, name, args, commentClose, close] = match;
  if (open === undefined || name === undefined || close !== (open === "<" ? ">" : "%")) return null;
  const start = match.index ?? 0;
  const escaped = commentOpen !== undefined && commentClose !== undefined;
  return {
    text,
    start,
    end: start + text.length,
    delimiter: open === "<" ? "<" : "%",
    name: name.toLowerCase(),
    closing: slash === "/",
    escaped,
    inner: text.slice(2 + open.length + (commentOpen?.length ?? 0), text.length - 2 - close.length - (commentClose?.length ?? 0)),
    parameters: parseParameters(args ?? ""),
  };
}

function findCloser(tokens: readonly Shortcode[], from: number, name: string): Shortcode | undefined {
  return tokens.slice(from + 1).find((token) => token.closing && !token.escaped && token.name === name);
}

/** Paired shortcodes whose body is code: the language, or "" when the first argument names it. */
const fencedKinds = new Map([
  ["highlight", ""],
  ["code", ""],
  ["mermaid", "mermaid"],
]);

const calloutNames = new Set(["notice", "hint", "admonition", "alert", "callout"]);

// The kinds of hugo-notice, Learn/Relearn, Book's hint and LoveIt/DoIt's admonition are Obsidian's callout
// types (LoveIt took Material's list, as Obsidian did); only these theme names are not.
const calloutAliases: Record<string, string> = { primary: "note", secondary: "note", default: "note" };

/**
 * Written in Obsidian's callout syntax (`> [!tip] 제목`), which the portal reads
 * (remark-obsidian-callouts): a type and a title on the marker line. Without a
 * title, GitHub's five types alone on the line stay GitHub alerts.
 */
function calloutOf(token: Shortcode): { type: string; title: string | null } {
  const written = (parameterValue(token.parameters, "type", 0) ?? parameterValue(token.parameters, "style") ?? "note").toLowerCase().replace(/[^\p{L}\p{N}_-]/gu, "");
  const type = calloutAliases[written] ?? (written === "" ? "note" : written);
  const title = parameterValue(token.parameters, "title", token.parameters.named.has("type") ? 0 : 1);
  return { type, title: title === null || title.trim() === "" ? null : title.replace(/\s+/gu, " ").trim() };
}

type Replacement = { text: string; reason: string; ruleId: string };

function readSingle(token: Shortcode): Replacement | null {
  const parameters = token.parameters;
  const value = (name: string, index?: number) => parameterValue(parameters, name, index);
  switch (token.name) {
    case "figure":
    case "image": {
      const src = value("src", 0);
      if (src === null) return null;
      // Hugo's own figure template falls back to the caption for the alt text.
      const text = figureMarkup({ src, alt: value("alt") ?? value("caption"), title: value("title"), caption: value("caption"), width: value("width"), height: value("height") });
      return { text, reason: `Hugo \`${shortName(token)}\` is shown as the image \`${src}\``, ruleId: "hugo-figure" };
    }
    case "youtube": {
      const id = value("id", 0);
      if (id === null) return null;
      const title = value("title");
      return embedLink(token, title ? `YouTube 동영상: ${title}` : `YouTube 동영상 보기 (${id})`, `https://www.youtube.com/watch?v=${id}`);
    }
    case "vimeo": {
      const id = value("id", 0);
      if (id === null) return null;
      const title = value("title");
      return embedLink(token, title ? `Vimeo 동영상: ${title}` : `Vimeo 동영상 보기 (${id})`, `https://vimeo.com/${id}`);
    }
    case "gist": {
      const user = value("user", 0);
      const id = value("id", 1);
      if (user === null || id === null) return null;
      return embedLink(token, `GitHub Gist 보기 (${user}/${id})`, `https://gist.github.com/${user}/${id}`);
    }
    case "tweet":
    case "x": {
      const user = value("user");
      const id = value("id") ?? parameters.positional.at(-1) ?? null;
      if (id === null) return null;
      return embedLink(token, "X(트위터) 게시물 보기", user ? `https://x.com/${user}/status/${id}` : `https://x.com/i/status/${id}`);
    }
    case "instagram": {
      const id = value("id", 0);
      if (id === null) return null;
      return embedLink(token, "Instagram 게시물 보기", `https://www.instagram.com/p/${id}/`);
    }
    case "ref":
    case "relref": {
      const path = value("path", 0);
      const href = path === null ? null : noteHref(path);
      if (href === null) return null;
      return { text: href, reason: `Hugo \`{{< ${token.name} "${path}" >}}\` links to \`${href}\``, ruleId: "hugo-ref" };
    }
    case "toc":
      return { text: "", reason: "Hugo `{{< toc >}}` is removed: the page shows its own table of contents", ruleId: "hugo-toc" };
    default:
      return null;
  }
}

function embedLink(token: Shortcode, label: string, url: string): Replacement {
  return {
    text: externalLinkMarkup(label, url),
    reason: `Hugo \`${shortName(token)}\` is shown as a link (embedded players are not allowed)`,
    ruleId: "hugo-embed",
  };
}

/** `posts/x.md#s` -> `./x.md#s`; a page bundle (`x/index.md`) is named by its folder; `#s` stays in the page. */
function noteHref(path: string): string | null {
  const hashAt = path.indexOf("#");
  const file = (hashAt === -1 ? path : path.slice(0, hashAt)).replace(/\/+$/u, "");
  const hash = hashAt === -1 ? "" : path.slice(hashAt);
  if (file === "") return hash === "" ? null : hash;
  const parts = file.split("/").filter((part) => part !== "" && part !== ".");
  let name = parts.at(-1) ?? "";
  if (/^_?index(?:\.(?:md|markdown))?$/iu.test(name)) name = parts.at(-2) ?? "";
  if (name === "") return null;
  return `./${/\.(?:md|markdown)$/iu.test(name) ? name : `${name}.md`}${hash}`;
}

/** `{{< name >}}` or `{{% name %}}`, as the author wrote the delimiters. */
function shortName(token: Shortcode): string {
  return token.delimiter === "<" ? `{{< ${token.name} >}}` : `{{% ${token.name} %}}`;
}

/** Only spaces around the token on its line. */
function standsAlone(value: string, token: Shortcode): boolean {
  const line = lineAround(value, token.start);
  return value.slice(line.start, token.start).trim() === "" && value.slice(token.end, line.end).trim() === "";
}

/** At the very start of its line: a callout becomes a top-level quote only there. */
function startsLine(value: string, token: Shortcode): boolean {
  return token.start === 0 || value[token.start - 1] === "\n";
}
