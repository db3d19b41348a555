import type { Blockquote, Code, Heading, Image, Link, Nodes, Paragraph, Parents, PhrasingContent, Root, Table, Text } from "mdast";
import type { Plugin } from "unified";
import type { Point } from "unist";
import { SKIP, visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { indexLines, pointAt, type SourceText } from "./source-edits";

/**
 * kramdown (Jekyll's Markdown) attribute lists, as Chirpy and Minimal Mistakes
 * posts write them, read into what the portal can show and never left as text:
 *
 *     ![결과](result.png){: width="700" .shadow }      span IAL: on the image
 *     ![구조](arch.png)
 *     {: .align-center}                                block IAL: on the block above
 *     > 꼭 확인하세요.
 *     {: .prompt-tip }                                  a notice: a GitHub alert
 *     * TOC
 *     {:toc}                                            kramdown's TOC: removed
 *
 * Applied: `width`/`height` (Chirpy's `w`/`h`) on images; `align-center`,
 * `align-left`, `align-right` (and `text-*`, Chirpy's `left`/`right`) as the
 * block's alignment; Minimal Mistakes' `notice--*` and Chirpy's `prompt-*` as
 * a callout (top-level blocks, where GitHub alerts live); Chirpy's `light` /
 * `dark` as GitHub's `#gh-*-mode-only` images; `language-x` on a code block;
 * `title` on an image or link; `file="x.py"` on a code block as its file name
 * above it. Other classes and attributes are styling of the author's theme:
 * left out, listed in an info line. `id`, `style` and `on…` handlers are
 * dropped with a warning (ids are the portal's; styles and handlers are unsafe).
 * `{::options … /}` is removed, `{::comment}` … `{:/comment}` hidden (both as
 * on kramdown), `{::nomarkdown}` markers removed with their content kept.
 *
 * Hand-written: the remark attribute plugins on npm read markdown-it's
 * `{.class}` syntax or target remark 12's tokenizer API, not kramdown's `{: }`.
 */
const remarkKramdownAttributes: Plugin<[], Root> = function () {
  return function (tree, file) {
    const reader = new AttributeReader(file);
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === "list" && isTocList(node)) {
        reader.report(node.position?.start, "kramdown table of contents (`{:toc}`) is removed: the page shows its own", "kramdown-toc");
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type === "heading") reader.readHeadingId(node);
      if (node.type === "table") reader.readTableRow(node, parent);
      if (node.type !== "paragraph") return;
      const hidden = reader.readCommentBlocks(node, index, parent);
      if (hidden > 0) {
        parent.children.splice(index, hidden);
        return [SKIP, index];
      }
      reader.readExtensions(node);
      reader.readSpans(node);
      const removed = reader.readBlock(node, index, parent) || isBlank(node);
      if (removed) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
    reader.finish(tree);
  };
};

export default remarkKramdownAttributes;

/** What a kramdown attribute list says, token by token. */
type Attributes = { classes: string[]; ids: string[]; pairs: [string, string][]; references: string[] };

// `{: … }`, not `{::extension}` nor `{:/extension}`; an attribute list definition `{:name: …}` is matched apart.
const listBody = String.raw`\{:(?![:/])[ \t]*((?:"[^"\n]*"|'[^'\n]*'|[^}"'\n])*)\}`;
const blockLine = new RegExp(String.raw`^[ \t]*${listBody}[ \t]*$`, "u");
const spanStart = new RegExp(String.raw`^${listBody}`, "u");
const definitionLine = /^[ \t]*\{:([A-Za-z][\w-]*):[^}\n]*\}[ \t]*$/u;
const attributeToken = /\.([\w-]+)|#([\w-]+)|([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))|([\w-]+)/gu;

function parseAttributes(body: string): Attributes {
  const attributes: Attributes = { classes: [], ids: [], pairs: [], references: [] };
  for (const match of body.matchAll(attributeToken)) {
    if (match[1] !== undefined) attributes.classes.push(match[1]);
    else if (match[2] !== undefined) attributes.ids.push(match[2]);
    else if (match[3] !== undefined) attributes.pairs.push([match[3].toLowerCase(), match[4] ?? match[5] ?? match[6] ?? ""]);
    else if (match[7] !== undefined) attributes.references.push(match[7]);
  }
  return attributes;
}

type AlertKind = "note" | "tip" | "important" | "warning" | "caution";

// Minimal Mistakes' notices and Chirpy's prompts, as GitHub's five alerts.
const noticeClasses: Record<string, AlertKind> = {
  notice: "note",
  "notice--info": "note",
  "notice--primary": "important",
  "notice--success": "tip",
  "notice--warning": "warning",
  "notice--danger": "caution",
  "prompt-info": "note",
  "prompt-tip": "tip",
  "prompt-warning": "warning",
  "prompt-danger": "caution",
};

const alignClasses: Record<string, "center" | "left" | "right"> = {
  "align-center": "center",
  "text-center": "center",
  center: "center",
  "align-left": "left",
  "text-left": "left",
  left: "left",
  "align-right": "right",
  "text-right": "right",
  right: "right",
};

const themeClasses: Record<string, string> = { light: "#gh-light-mode-only", dark: "#gh-dark-mode-only" };

const size = /^\d+(?:\.\d+)?(?:px|%)?$/u;

/** A block or inline node an attribute list stands after. */
type Target = { node: Nodes; parent: Parents | null };

type Pending = { target: Target; attributes: Attributes; written: string; place: Point | undefined };

class AttributeReader {
  private readonly file: VFile;
  private source: SourceText | null = null;
  private readonly pending: Pending[] = [];

  constructor(file: VFile) {
    this.file = file;
  }

  report(place: Point | undefined, reason: string, ruleId: string): void {
    this.file.info(reason, { ...(place ? { place } : {}), ruleId, source: "kramdown" });
  }

  warn(place: Point | undefined, reason: string, ruleId: string): void {
    this.file.message(reason, { ...(place ? { place } : {}), ruleId, source: "kramdown" });
  }

  /** Where `written` stands inside a text node, when the source there reads the same; else the node's start. */
  private placeIn(node: Text, written: string, from = 0): Point | undefined {
    const start = node.position?.start;
    const end = node.position?.end;
    if (start?.offset === undefined || end?.offset === undefined) return start;
    this.source ??= indexLines(String(this.file.value));
    const at = this.source.value.slice(start.offset, end.offset).indexOf(written, from);
    return at === -1 ? start : pointAt(this.source, start.offset + at);
  }

  /** `## 제목 {#custom-id}`: kramdown's header id. */
  readHeadingId(heading: Heading): void {
    const last = heading.children.at(-1);
    if (last?.type !== "text") return;
    const match = /[ \t]*\{#([\w-]+)\}[ \t]*$/u.exec(last.value);
    if (!match) return;
    this.warn(this.placeIn(last, match[0].trim()), `kramdown heading id \`{#${match[1] ?? ""}}\` is dropped: the portal gives headings their own ids, as GitHub does`, "kramdown-unsafe");
    last.value = last.value.slice(0, match.index);
  }

  /**
   * A `{::comment}` paragraph whose `{:/comment}` closes in a later block (blank lines
   * between): how many blocks, from this one, the comment hides; 0 when it is not one.
   */
  readCommentBlocks(paragraph: Paragraph, index: number, parent: Parents): number {
    const first = paragraph.children[0];
    if (first?.type !== "text" || !/^\{::comment\}/u.test(first.value) || /\{:\/(?:comment)?\}/u.test(first.value)) return 0;
    const siblings: readonly Nodes[] = parent.children;
    for (let at = index; at < siblings.length; at += 1) {
      const sibling = siblings[at];
      const last = sibling?.type === "paragraph" ? sibling.children.at(-1) : undefined;
      if (last?.type === "text" && /\{:\/(?:comment)?\}[ \t]*$/u.test(last.value)) {
        this.report(this.placeIn(first, "{::comment}"), `kramdown \`{::comment}\` … \`{:/comment}\` is hidden (${at - index + 1} blocks), as on kramdown`, "kramdown-comment");
        return at - index + 1;
      }
    }
    return 0;
  }

  /** GFM reads a list line right under a table as one more row, of one cell: take it back off. */
  readTableRow(table: Table, parent: Parents): void {
    const row = table.children.at(-1);
    if (!row || table.children.length < 2) return;
    const filled = row.children.filter((cell) => cell.children.length > 0);
    const text = filled.length === 1 ? filled[0]?.children : undefined;
    const only = text?.length === 1 ? text[0] : undefined;
    if (only?.type !== "text" || !blockLine.test(only.value)) return;
    const match = blockLine.exec(only.value);
    table.children.pop();
    this.pending.push({ target: { node: table, parent }, attributes: parseAttributes(match?.[1] ?? ""), written: only.value.trim(), place: only.position?.start });
  }

  /** `{::options … /}`, `{::comment}…{:/comment}`, `{::nomarkdown}` markers inside one paragraph. */
  readExtensions(paragraph: Paragraph): void {
    for (const child of paragraph.children) {
      if (child.type !== "text" || !child.value.includes("{::")) continue;
      child.value = child.value
        .replace(/\{::options\b[^}\n]*\/\}/gu, (written) => {
          this.report(this.placeIn(child, written), `kramdown \`${written}\` is removed: it sets kramdown's own parser options`, "kramdown-options");
          return "";
        })
        .replace(/\{::comment\}[\s\S]*?\{:\/(?:comment)?\}/gu, (written) => {
          this.report(this.placeIn(child, written), "kramdown `{::comment}` … `{:/comment}` is hidden, as on kramdown", "kramdown-comment");
          return "";
        })
        .replace(/\{::nomarkdown\}|\{:\/nomarkdown\}/gu, (written) => {
          this.report(this.placeIn(child, written), `kramdown \`${written}\` marker is removed; the text it marks is shown`, "kramdown-nomarkdown");
          return "";
        });
      const left = /\{::[a-z]+[^}\n]*\}/u.exec(child.value);
      if (left) this.warn(this.placeIn(child, left[0]), `kramdown extension \`${left[0]}\` is not understood and is shown as written`, "kramdown-unknown-extension");
    }
    paragraph.children = paragraph.children.filter((child) => child.type !== "text" || child.value !== "");
  }

  /** `![a](x.png){: width="300" }`: a list right after an image, link or emphasis, on the same line. */
  readSpans(paragraph: Paragraph): void {
    visit(paragraph, (node, index, parent) => {
      if (node.type !== "text" || !parent || index === undefined || index === 0) return;
      const before = parent.children[index - 1];
      const match = spanStart.exec(node.value);
      if (!match || !before || !isSpanTarget(before)) return;
      this.pending.push({ target: { node: before, parent }, attributes: parseAttributes(match[1] ?? ""), written: match[0], place: this.placeIn(node, match[0]) });
      node.value = node.value.slice(match[0].length);
      if (node.value === "") {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  }

  /**
   * Lists on lines of their own at the start or end of a paragraph: at the
   * end they belong to the block (a quote's last lazy line: the quote), at
   * the start to this paragraph; a paragraph of lists alone belongs to the
   * block right above it (or right below, with no blank line between).
   * Returns true when nothing of the paragraph is left.
   */
  readBlock(paragraph: Paragraph, index: number, parent: Parents): boolean {
    const lines = this.takeLines(paragraph);
    if (lines.length === 0) return false;
    const empty = paragraph.children.every((child) => child.type === "text" && child.value.trim() === "") || paragraph.children.length === 0;
    for (const line of lines) {
      if (line.definition) {
        this.report(line.place, `kramdown attribute list definition \`${line.written}\` is not applied (the portal keeps the theme's styling out)`, "kramdown-ald");
        continue;
      }
      const target = empty ? this.neighbour(paragraph, index, parent) : line.atEnd && parent.type === "blockquote" && parent.children.at(-1) === paragraph ? { node: parent, parent: null } : { node: paragraph, parent };
      if (!target) {
        this.report(line.place, `kramdown attribute list \`${line.written}\` stands next to no block and is removed`, "kramdown-attributes");
        continue;
      }
      this.pending.push({ target, attributes: parseAttributes(line.body), written: line.written, place: line.place });
    }
    return empty;
  }

  /** Removes the attribute-list lines at the start and end of a paragraph's text. */
  private takeLines(paragraph: Paragraph): { body: string; written: string; place: Point | undefined; atEnd: boolean; definition: boolean }[] {
    const taken: { body: string; written: string; place: Point | undefined; atEnd: boolean; definition: boolean }[] = [];
    const take = (text: Text, line: string, atEnd: boolean): boolean => {
      const match = blockLine.exec(line);
      const definition = definitionLine.test(line);
      if (!match && !definition) return false;
      taken.push({ body: match?.[1] ?? "", written: line.trim(), place: this.placeIn(text, line.trim()), atEnd, definition });
      return true;
    };
    for (;;) {
      const last = paragraph.children.at(-1);
      if (last?.type !== "text") break;
      const cut = last.value.lastIndexOf("\n");
      const line = last.value.slice(cut + 1);
      if (!take(last, line, true)) break;
      last.value = cut === -1 ? "" : last.value.slice(0, cut);
      if (last.value === "") paragraph.children.pop();
      const previous = paragraph.children.at(-1);
      if (previous?.type === "break") paragraph.children.pop();
    }
    for (;;) {
      const first = paragraph.children[0];
      if (first?.type !== "text") break;
      const cut = first.value.indexOf("\n");
      if (cut === -1) break;
      if (!take(first, first.value.slice(0, cut), false)) break;
      first.value = first.value.slice(cut + 1);
    }
    return taken;
  }

  /** The block right above a lone attribute-list paragraph, else the one right below, with no blank line between. */
  private neighbour(paragraph: Paragraph, index: number, parent: Parents): Target | null {
    const start = paragraph.position?.start.line;
    const end = paragraph.position?.end.line;
    const above = parent.children[index - 1];
    const below = parent.children[index + 1];
    if (above && start !== undefined && above.position?.end.line === start - 1) return { node: above, parent };
    if (below && end !== undefined && below.position?.start.line === end + 1) return { node: below, parent };
    return null;
  }

  /** Applies every list read, once the walk is over (alerts replace blocks, file names add one). */
  finish(tree: Root): void {
    for (const entry of this.pending) this.apply(tree, entry);
  }

  private apply(tree: Root, { target, attributes, written, place }: Pending): void {
    const applied: string[] = [];
    const ignored: string[] = [];
    const unsafe = [...attributes.ids.map((id) => `#${id}`)];
    const node = target.node;
    const image = imageOf(node);

    for (const reference of attributes.references) {
      if (reference.toLowerCase() === "toc") applied.push("`toc` removed (the page shows its own table of contents)");
      else ignored.push(reference);
    }
    for (const name of attributes.classes) {
      const kind = noticeClasses[name];
      const align = alignClasses[name];
      const theme = themeClasses[name];
      if (kind !== undefined && (node.type === "paragraph" || node.type === "blockquote") && this.toAlert(tree, node, target.parent, kind)) applied.push(`${kind} callout`);
      else if (align !== undefined && this.align(node, image, align)) applied.push(`aligned ${align}`);
      else if (theme !== undefined && image && !image.url.includes("#")) {
        image.url += theme;
        applied.push(`shown in the ${name} theme only`);
      } else if (/^lang(?:uage)?-./u.test(name) && node.type === "code" && !node.lang) {
        node.lang = name.replace(/^lang(?:uage)?-/u, "");
        applied.push(`language ${node.lang}`);
      } else ignored.push(`.${name}`);
    }
    for (const [name, value] of attributes.pairs) {
      if (name === "style" || name.startsWith("on") || name === "id") unsafe.push(name);
      else if (image && ["width", "height", "w", "h"].includes(name) && size.test(value)) {
        const property = name.startsWith("w") ? "width" : "height";
        image.data = { ...image.data, hProperties: { ...image.data?.hProperties, [property]: value.replace(/px$/u, "") } };
        applied.push(`${property} ${value}`);
      } else if (name === "title" && (image ?? node.type === "link")) {
        const titled: Image | Link | null = image ?? (node.type === "link" ? node : null);
        if (titled) titled.title ??= value;
        applied.push("title");
      } else if (name === "alt" && image && !image.alt) {
        image.alt = value;
        applied.push("alt");
      } else if (name === "file" && node.type === "code" && this.fileName(node, target.parent, value)) applied.push(`file name ${value}`);
      else ignored.push(`${name}="${value}"`);
    }

    const parts = [
      applied.length > 0 ? `applied: ${applied.join(", ")}` : "",
      ignored.length > 0 ? `left out (theme styling the portal does not show): ${ignored.join(", ")}` : "",
    ].filter((part) => part !== "");
    if (parts.length > 0 || unsafe.length === 0) {
      this.report(place, `kramdown attribute list \`${written}\`${parts.length > 0 ? ` ${parts.join("; ")}` : " is removed"}`, "kramdown-attributes");
    }
    if (unsafe.length > 0) {
      this.warn(place, `kramdown attribute list \`${written}\`: ${unsafe.map((name) => `\`${name}\``).join(", ")} dropped (ids are the portal's, styles and event handlers are unsafe)`, "kramdown-unsafe");
    }
  }

  /** A top-level paragraph becomes a quote with the alert marker; a top-level quote gets the marker. */
  private toAlert(tree: Root, block: Paragraph | Blockquote, parent: Parents | null, kind: AlertKind): boolean {
    const marker: Text = { type: "text", value: `[!${kind.toUpperCase()}]\n` };
    if (block.type === "blockquote") {
      if (!tree.children.includes(block)) return false;
      const first = block.children[0];
      if (first?.type === "paragraph") first.children.unshift(marker);
      else block.children.unshift({ type: "paragraph", children: [{ ...marker, value: marker.value.trim() }] });
      return true;
    }
    if (parent !== tree) return false;
    const index = tree.children.indexOf(block);
    if (index === -1) return false;
    const quote: Blockquote = { type: "blockquote", children: [{ ...block, children: [marker, ...block.children] }] };
    if (block.position) quote.position = block.position;
    tree.children.splice(index, 1, quote);
    return true;
  }

  /** Alignment goes on the block (`<p align>`), which the sanitizer keeps; an image shares it when alone in its paragraph. */
  private align(node: Nodes, image: Image | null, align: "center" | "left" | "right"): boolean {
    if (node.type !== "paragraph" && node.type !== "heading") return false;
    if (image && node.type !== "paragraph") return false;
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, align } };
    return true;
  }

  /** Chirpy's `{: file="src/app.py" }` header: the file name in code font right above the block. */
  private fileName(code: Code, parent: Parents | null, name: string): boolean {
    const label: Paragraph = { type: "paragraph", children: [{ type: "inlineCode", value: name }] };
    if (parent?.type === "root") return insertBefore(parent.children, code, label);
    if (parent?.type === "blockquote" || parent?.type === "listItem" || parent?.type === "footnoteDefinition") return insertBefore(parent.children, code, label);
    return false;
  }
}

function insertBefore<Child>(children: Child[], node: Child, inserted: Child): boolean {
  const index = children.indexOf(node);
  if (index === -1) return false;
  children.splice(index, 0, inserted);
  return true;
}

function isBlank(paragraph: Paragraph): boolean {
  return paragraph.children.every((child) => (child.type === "text" && child.value.trim() === "") || child.type === "break");
}

function isSpanTarget(node: PhrasingContent): boolean {
  return ["image", "link", "emphasis", "strong", "inlineCode", "delete", "linkReference", "imageReference"].includes(node.type);
}

/** The image a list speaks of: the node itself, a link around one image, or a paragraph holding one image alone. */
function imageOf(node: Nodes): Image | null {
  if (node.type === "image") return node;
  if (node.type !== "link" && node.type !== "paragraph") return null;
  const visible = node.children.filter((child) => !(child.type === "text" && child.value.trim() === "") && child.type !== "break");
  const only = visible.length === 1 ? visible[0] : undefined;
  if (only?.type === "image") return only;
  if (only?.type === "link") return imageOf(only);
  return null;
}

function isTocList(node: Nodes): boolean {
  if (node.type !== "list") return false;
  return node.children.some((item) => {
    const paragraph = item.children.at(-1);
    const text = paragraph?.type === "paragraph" ? paragraph.children.at(-1) : undefined;
    return text?.type === "text" && /(?:^|\n)[ \t]*\{:toc\}[ \t]*$/u.test(text.value);
  });
}
