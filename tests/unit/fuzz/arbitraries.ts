import fc from "fast-check";

/**
 * Generated week notes for the fuzz properties. Every block carries "marker
 * words": short random tokens (latin + Hangul) that a reader must see in the
 * rendered page. Markers are plain letters so no Markdown or HTML rule can
 * legitimately turn them into something else; the text around them is where
 * the hostile and unusual input goes.
 */

/** A part of a note and the marker words it promises the reader. */
export type Block = { markdown: string; markers: string[] };

/** A whole generated note: the file's text and every marker it promises. */
export type GeneratedNote = { text: string; markers: string[] };

/**
 * How many runs a property gets: the quick default of `npm test`, or with
 * `FUZZ_RUNS` (`npm run fuzz`) that many, times `cheap` for properties that render nothing.
 */
export function fuzzRuns(fallback: number, cheap = 1): number {
  const runs = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(runs) && runs > 0 ? runs * cheap : fallback;
}

/** fast-check parameters: the run count, and `FUZZ_SEED` to replay a failure. */
export function fuzzParameters(fallbackRuns: number, cheap = 1): fc.Parameters<unknown> {
  const seed = Number(process.env.FUZZ_SEED);
  const parameters: fc.Parameters<unknown> = { numRuns: fuzzRuns(fallbackRuns, cheap) };
  if (Number.isInteger(seed)) parameters.seed = seed;
  return parameters;
}

/** A test timeout that grows with the runs: a render takes up to a second on a busy machine. */
export function fuzzTimeout(fallbackRuns: number): number {
  return Math.max(120_000, fuzzRuns(fallbackRuns) * 3 * 1_000);
}

const latin = fc.constantFrom(..."bcdfghjkmnpqrstvwxz");
const hangul = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((code) => String.fromCodePoint(code));

/** A marker word such as `qzv가힣`: NFC in the promise, so NFD input can be compared after composition. */
export const marker: fc.Arbitrary<string> = fc
  .tuple(fc.array(latin, { minLength: 3, maxLength: 5 }), fc.array(hangul, { minLength: 1, maxLength: 3 }))
  .map(([letters, syllables]) => `${letters.join("")}${syllables.join("")}`);

/** A marker as it is written in the note: sometimes decomposed (NFD), as macOS saves Hangul. */
const written = (word: string): fc.Arbitrary<string> => fc.constantFrom(word, word.normalize("NFD"));

/** Text around the markers: ordinary words, emoji, RTL scripts, zero-width characters. */
const filler: fc.Arbitrary<string> = fc
  .array(
    fc.constantFrom(
      "설명",
      "모델 서빙",
      "and",
      "🎉",
      "👩‍💻",
      "🇰🇷",
      "שלום",
      "مرحبا",
      "\u200B",
      "\u200C",
      "\u200D",
      "\u2060",
      "\u202E",
      "(괄호)",
      "1.",
      "가나다".normalize("NFD"),
    ),
    { maxLength: 4 },
  )
  .map((words) => words.join(" "));

/** One marker with filler on both sides, inside an inline wrapper. */
const inline: fc.Arbitrary<Block> = fc
  .tuple(marker, filler, filler, fc.constantFrom("plain", "strong", "code", "link", "badlink", "span", "math", "autolink"))
  .chain(([word, before, after, form]) =>
    written(word).map((text): Block => {
      const wrapped = {
        plain: text,
        strong: `**${text}**`,
        code: `\`${text}\``,
        link: `[${text}](https://example.com/${word.slice(0, 3)})`,
        badlink: `[${text}](javascript:alert(1))`,
        span: `<span onclick="alert(1)">${text}</span>`,
        math: `$x_1 + ${text.slice(0, 3)}$ ${text}`,
        autolink: `<https://example.com> ${text}`,
      }[form];
      return { markdown: `${before} ${wrapped} ${after}`.trim(), markers: [word] };
    }),
  );

const paragraph: fc.Arbitrary<Block> = fc.array(inline, { minLength: 1, maxLength: 3 }).map(joinInline);

function joinInline(parts: readonly Block[]): Block {
  return { markdown: parts.map((part) => part.markdown).join(" "), markers: parts.flatMap((part) => part.markers) };
}

/** The lecture labels authors write in headings and Contents items. */
export const label: fc.Arbitrary<string> = fc.oneof(
  fc.constant(""),
  fc.integer({ min: 1, max: 12 }).map((n) => `(${n}강) `),
  fc.integer({ min: 1, max: 12 }).map((n) => `(${n}강-실습) `),
  fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 })).map(([n, m]) => `(${n}강,${n + m}강) `),
  fc.integer({ min: 1, max: 3 }).map((n) => `(특강 ${n}강) 이활석 - `),
  fc.integer({ min: 1, max: 12 }).map((n) => `Lecture ${n}: `),
  fc.integer({ min: 1, max: 5 }).map((n) => `[Day ${n}] `),
);

const heading: fc.Arbitrary<Block> = fc
  .tuple(fc.integer({ min: 2, max: 4 }), label, inline)
  .map(([depth, prefix, text]) => ({ markdown: `${"#".repeat(depth)} ${prefix}${text.markdown}`, markers: text.markers }));

const taskMark = fc.constantFrom("[ ] ", "[x] ", "[X] ", "");

/** A list nested up to `depth` levels, bullets or numbers, with GFM task items. */
function list(depth: number): fc.Arbitrary<Block> {
  const item: fc.Arbitrary<Block> = fc
    .tuple(taskMark, inline, depth > 1 ? fc.option(list(depth - 1), { nil: undefined }) : fc.constant(undefined))
    .map(([task, text, nested]) => {
      const children = nested ? `\n${indent(nested.markdown, "  ")}` : "";
      return { markdown: `${task}${text.markdown}${children}`, markers: [...text.markers, ...(nested?.markers ?? [])] };
    });
  return fc.tuple(fc.constantFrom("- ", "* ", "1. "), fc.array(item, { minLength: 1, maxLength: 3 })).map(([bullet, items]) => ({
    markdown: items.map((entry) => `${bullet}${indent(entry.markdown, " ".repeat(bullet.length)).slice(bullet.length)}`).join("\n"),
    markers: items.flatMap((entry) => entry.markers),
  }));
}

function indent(text: string, by: string): string {
  return text
    .split("\n")
    .map((line) => `${by}${line}`)
    .join("\n");
}

/** `## Contents` with labelled entries and their nested (task) items. */
const contents: fc.Arbitrary<Block> = fc
  .tuple(
    fc.constantFrom("Contents", "목차"),
    fc.array(fc.tuple(label, marker, fc.array(fc.tuple(taskMark, marker), { maxLength: 3 })), { minLength: 1, maxLength: 4 }),
  )
  .map(([title, entries]) => ({
    markdown: `## ${title}\n\n${entries
      .map(([prefix, word, tasks]) => [`- ${prefix}${word}`, ...tasks.map(([task, text]) => `  - ${task}${text}`)].join("\n"))
      .join("\n")}`,
    markers: entries.flatMap(([, word, tasks]) => [word, ...tasks.map(([, text]) => text)]),
  }));

/** Raw HTML, friendly and hostile; the text a reader would see must survive sanitizing. */
const rawHtml: fc.Arbitrary<Block> = fc
  .tuple(
    marker,
    fc.constantFrom(
      (m: string) => `<div align="center">\n\n${m}\n\n</div>`,
      (m: string) => `<details>\n<summary>${m}</summary>\n\n${m}z\n\n</details>`,
      (m: string) => `<p onclick="alert(1)" style="color:red">${m}</p>`,
      (m: string) => `<script>alert("x")</script>\n\n${m}`,
      (m: string) => `<img src="x" onerror="alert(1)" alt="${m}">`,
      (m: string) => `<a href="javascript:alert(1)">${m}</a>`,
      (m: string) => `<a href="JaVaScRiPt&#58;alert(1)">${m}</a>`,
      (m: string) => `<a href=" &#x6A;avascript:alert(1)">${m}</a>`,
      (m: string) => `<svg onload="alert(1)"><text>${m}</text></svg>`,
      (m: string) => `<iframe srcdoc="<script>alert(1)</script>"></iframe>\n\n${m}`,
      (m: string) => `<style>body { display: none }</style>\n\n${m}`,
      (m: string) => `<b>${m}`,
      (m: string) => `<div>\n${m}`,
      (m: string) => `<table><tr><td>${m}</td></tr></table>`,
      (m: string) => `<form action="https://evil.example"><button formaction="javascript:alert(1)">${m}</button></form>`,
      (m: string) => `<math><mi xlink:href="javascript:alert(1)">${m}</mi></math>`,
      (m: string) => `<kbd>${m}</kbd> <mark>${m}</mark> <abbr title="x" onmouseover="alert(1)">${m}</abbr>`,
      (m: string) => `<a name="top" id="top">${m}</a> [위로](#top)`,
      // Never closed: the parser must not swallow what follows (remark-close-raw-text).
      (m: string) => `<iframe src="https://evil.example">\n\n${m}`,
      (m: string) => `<noscript>\n\n${m}`,
      (m: string) => `<title>제목\n\n${m}`,
      (m: string) => `앞 <textarea> ${m}`,
    ),
  )
  .map(([word, template]) => ({ markdown: template(word), markers: [word] }));

/** Images in both forms; their alt text is what a reader (or screen reader) gets. */
const image: fc.Arbitrary<Block> = fc
  .tuple(marker, fc.constantFrom("https://example.com/a.png", "./images/missing.png", "javascript:alert(1)", "data:image/png;base64,AAAA"))
  .chain(([word, src]) =>
    fc.constantFrom<Block>(
      { markdown: `![${word}](${src})`, markers: [word] },
      { markdown: `![](${src}) ${word}`, markers: [word] },
      { markdown: `<img src="${src}" alt="${word}" width="300">`, markers: [word] },
      { markdown: `<p align="center"><img src="${src}"></p>\n\n${word}`, markers: [word] },
    ),
  );

const codeFence: fc.Arbitrary<Block> = fc
  .tuple(marker, fc.constantFrom("", "python", "ts", "bash", "mermaid", "unknown-lang"), fc.constantFrom("```", "~~~", "````"))
  .map(([word, language, fence]) => {
    const body = language === "mermaid" ? `graph TD\n  A --> ${word}` : `print("${word}") # <script>alert(1)</script>`;
    return { markdown: `${fence}${language}\n${body}\n${fence}`, markers: [word] };
  });

const table: fc.Arbitrary<Block> = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.array(marker, { minLength: 6, maxLength: 6 }), fc.boolean())
  .map(([columns, words, aligned]) => {
    const cells = words.slice(0, columns * 2);
    const row = (values: readonly string[]) => `| ${values.join(" | ")} |`;
    const delimiter = row(Array.from({ length: columns }, (_, at) => (aligned && at === 0 ? ":---:" : "---")));
    return { markdown: [row(cells.slice(0, columns)), delimiter, row(cells.slice(columns))].join("\n"), markers: cells };
  });

const math: fc.Arbitrary<Block> = fc
  .tuple(marker, fc.constantFrom("x^2", "\\frac{a}{b}", "\\sum_{i=1}^{n} i", "\\badcommand{", "한글"))
  .chain(([word, tex]) =>
    fc.constantFrom<Block>(
      { markdown: `식 $${tex}$ ${word}`, markers: [word] },
      { markdown: `$$\n${tex}\n$$\n\n${word}`, markers: [word] },
      { markdown: `${word}\n\n\`\`\`math\n${tex}\n\`\`\``, markers: [word] },
    ),
  );

const quote: fc.Arbitrary<Block> = fc
  .tuple(fc.constantFrom("", "[!NOTE]\n> ", "[!WARNING]\n> "), paragraph)
  .map(([alert, body]) => ({ markdown: `> ${alert}${body.markdown}`, markers: body.markers }));

// `{fn}` is numbered when the note is put together: a second definition of a
// label is ignored (as on GitHub), which the content lint reports instead.
const footnote: fc.Arbitrary<Block> = fc
  .tuple(marker, marker, fc.constantFrom("", "note-", "각주"))
  .map(([word, note, name]) => ({ markdown: `${word}[^${name}{fn}]\n\n[^${name}{fn}]: ${note}`, markers: [word, note] }));

/** A single line of thousands of characters, a marker in its middle. */
const longLine: fc.Arbitrary<Block> = fc
  .tuple(marker, fc.integer({ min: 2_000, max: 20_000 }), fc.constantFrom("가", "a", "가 ", "- ", "*"))
  .map(([word, length, unit]) => {
    const half = unit.repeat(Math.ceil(length / unit.length / 2));
    return { markdown: `${half} ${word} ${half}`.replace(/^[-*]/u, "x"), markers: [word] };
  });

/** Any block of a note body. */
export const block: fc.Arbitrary<Block> = fc.oneof(
  { arbitrary: paragraph, weight: 3 },
  { arbitrary: heading, weight: 3 },
  { arbitrary: list(4), weight: 3 },
  { arbitrary: rawHtml, weight: 3 },
  { arbitrary: image, weight: 2 },
  { arbitrary: codeFence, weight: 2 },
  { arbitrary: table, weight: 1 },
  { arbitrary: math, weight: 2 },
  { arbitrary: quote, weight: 1 },
  { arbitrary: footnote, weight: 1 },
  { arbitrary: longLine, weight: 1 },
);

/** Front matter, or none. */
const frontmatter: fc.Arbitrary<string> = fc.constantFrom("", "---\ntitle: 퍼즈 노트\nweek: 3\n---\n", "---\ntags: [a, 나]\n---\n");

/** A whole note: optional front matter and `# title`, an optional Contents list, blocks, CRLF or LF, maybe a BOM. */
export const note: fc.Arbitrary<GeneratedNote> = fc
  .record({
    frontmatter,
    title: fc.option(inline, { nil: undefined }),
    contents: fc.option(contents, { nil: undefined }),
    blocks: fc.array(block, { minLength: 1, maxLength: 8 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
  })
  .map(({ frontmatter: header, title, contents: list, blocks, crlf, bom }) => {
    const parts = [...(title ? [{ markdown: `# ${title.markdown}`, markers: title.markers }] : []), ...(list ? [list] : []), ...blocks];
    const lf = `${header}${parts.map((part, at) => part.markdown.replaceAll("{fn}", String(at))).join("\n\n")}\n`;
    const text = `${bom ? "\uFEFF" : ""}${crlf ? lf.replace(/\n/gu, "\r\n") : lf}`;
    return { text, markers: parts.flatMap((part) => part.markers) };
  });

/** Markdown and HTML fragments in any order: no promise about text, only that rendering copes. */
export const soup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "# ",
        "## ",
        "### (2강) ",
        "- ",
        "  - [ ] ",
        "1. ",
        "> ",
        "> [!NOTE]\n> ",
        "```",
        "~~~",
        "$$",
        "$",
        "`",
        "**",
        "_",
        "~~",
        "|",
        "| a | b |\n|---|---|\n",
        "[x](",
        ")",
        "](javascript:alert(1))",
        "![",
        "<",
        ">",
        "</",
        "<!--",
        "-->",
        "<div>",
        "</div>",
        "<script>",
        "</script>",
        "<img src=x onerror=alert(1)>",
        '<a href="javascript:alert(1)">',
        "</a>",
        "<svg onload=alert(1)>",
        "<iframe>",
        "<textarea>",
        "<details>",
        "<summary>",
        "[^1]",
        "[^1]: ",
        "[a]: /b",
        "<https://x.y>",
        "\n",
        "\n\n",
        "\r\n",
        "    ",
        "\t",
        "\\",
        "&amp;",
        "&#x6A;",
        ":rocket:",
        "www.example.com",
        "## Contents\n\n- (1강) 가\n",
        "\u200B",
        "\u202E",
        "👩‍💻",
        "가",
        "가".normalize("NFD"),
        "שלום",
        'id="user-content-x"',
        '<a name="x">',
        "#x",
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));
