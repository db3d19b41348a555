import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkGemoji from "remark-gemoji";
import { unified } from "unified";
import { VFile } from "vfile";
import { readTemplateDialects } from "./dialects/read-source";
import remarkKramdownAttributes from "./dialects/remark-kramdown-attributes";
import remarkObsidianCallouts from "./dialects/remark-obsidian-callouts";
import remarkObsidianComments from "./dialects/remark-obsidian-comments";
import remarkObsidianEmbeds from "./dialects/remark-obsidian-embeds";
import remarkObsidianHighlights from "./dialects/remark-obsidian-highlights";
import remarkObsidianTags from "./dialects/remark-obsidian-tags";
import remarkObsidianWikiLinks from "./dialects/remark-obsidian-wiki-links";
import { ContentError } from "./errors";

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMath, { singleDollarTextMath: true });

/*
 * The transforms (added in `dialectParser` below) that read other tools' Markdown dialects (Obsidian, Jekyll,
 * Hugo, kramdown) into plain mdast before the model is built, so the model,
 * the search index and the renderer all see what the author meant. Each one
 * reports what it met through its vfile: `file.info(...)` for a construct it
 * understood, `file.message(...)` (a warning) for one it shows as written.
 * They change the tree in place and never replace its root.
 */
const dialectParser = parser()
  // Obsidian: comments first (what they hide is not read), embeds before the wiki links they look like;
  // highlights extend the parser, so notes are parsed by `dialectParser` itself.
  .use(remarkObsidianComments)
  .use(remarkObsidianEmbeds)
  .use(remarkObsidianWikiLinks)
  .use(remarkObsidianHighlights)
  // kramdown attribute lists (Jekyll): before the callouts, since `{: .prompt-tip }` makes a quote one.
  .use(remarkKramdownAttributes)
  .use(remarkObsidianCallouts)
  // GitHub's `:rocket:` shortcodes, read before the model so headings, the TOC and the cards show the emoji.
  .use(remarkGemoji)
  // Obsidian's inline `#태그`: last, once wiki links and kramdown's `{: #id}` are no longer text.
  .use(remarkObsidianTags);

/** Markdown text -> mdast with GFM (tables, task items, autolinks, footnotes) and math, dialects not read. */
export function parseMarkdown(markdown: string): Root {
  // remark-gfm and remark-math only extend the parser; there are no transforms to run.
  return parser.parse(markdown);
}

/** What the dialect transforms said about one note, located at `file:line:col`. */
export type DialectReport = {
  /** Constructs shown as written or changed in a way the author should know: build warnings. */
  warnings: ContentError[];
  /** Constructs understood and rendered (`npm run lint:content` lists them). */
  handled: ContentError[];
};

/** A note's Markdown -> mdast with every dialect read, and the report of what was met. */
export function parseNote(markdown: string, file: string): { tree: Root; report: DialectReport } {
  const vfile = new VFile({ path: file, value: markdown });
  // Jekyll's Liquid and Hugo's shortcodes are read before Markdown, as those tools do: the
  // rewritten text keeps every line, and `finish` puts positions back on the note as written.
  const source = readTemplateDialects(markdown, vfile, parseMarkdown);
  const tree = dialectParser.parse(source.text);
  source.finish(tree);
  // Every dialect transform changes the tree in place (none replaces the root).
  dialectParser.runSync(tree, vfile);
  const report: DialectReport = { warnings: [], handled: [] };
  for (const message of vfile.messages) {
    const problem = new ContentError(file, message.line ?? 1, message.column ?? 1, message.reason);
    if (message.fatal === false) report.warnings.push(problem);
    else report.handled.push(problem);
  }
  return { tree, report };
}
