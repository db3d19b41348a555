import { readFileSync } from "node:fs";
import type { Element, Properties, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { visitParents } from "unist-util-visit-parents";
import { beforeAll, describe, expect, it } from "vitest";
import { renderWeekBody } from "@/lib/render/process";
import { flatIndex, loadNote, projectPath, weekFrom } from "../helpers";

const NOTE = "tests/fixtures/site/hostile.md";

/**
 * Every XSS vector of tests/fixtures/site/hostile.md: id, what it tries, and the
 * note's line holding it. Each would set `window.__xss`, open a dialog or
 * navigate if it ran; tests/e2e/hostile.fixture.spec.ts proves in Chromium that none does.
 */
const VECTORS: readonly (readonly [id: string, label: string, markdown: string])[] = [
  ["v01", "<script> block", '<script>window.__xss = (window.__xss || []).concat("v01"); alert("v01");</script>'],
  [
    "v02",
    "inline <script> in a paragraph",
    '동일 출처 정책 덕분에 다른 사이트의 응답을 스크립트가 마음대로 읽을 수 없습니다. 인라인 스크립트 <script>window.__xss=(window.__xss||[]).concat("v02")</script>도 노트에서는 실행되면 안 됩니다.',
  ],
  ["v03", "<img onerror>", '<img src="/nope-v03.png" alt="깨진 그림" onerror="window.__xss=(window.__xss||[]).concat(\'v03\')">'],
  ["v04", "<svg onload>", '<svg onload="window.__xss=(window.__xss||[]).concat(\'v04\')" width="10" height="10"></svg>'],
  ["v05", "<svg> with <script>", '<svg width="10" height="10"><script>window.__xss=(window.__xss||[]).concat("v05")</script></svg>'],
  [
    "v06",
    "<img onerror> in a table cell",
    '| SameSite | 다른 사이트에서 시작된 요청에 쿠키를 붙일지 결정 <img src="/nope-v06.png" alt="표 안의 그림" onerror="window.__xss=[\'v06\']"> |',
  ],
  ["v07", "HTML in a heading", '### 정리 <img src="/nope-v07.png" onerror="window.__xss=(window.__xss||[]).concat(\'v07\')"> 출처와 쿠키'],
  [
    "v08",
    "<svg onload> in a task text",
    "- [ ] 크롬 개발자 도구에서 쿠키 속성 확인하기 <svg onload=\"window.__xss=(window.__xss||[]).concat('v08')\"></svg>",
  ],
  ["v09", "javascript: link", "<a href=\"javascript:window.__xss=(window.__xss||[]).concat('v09')\">javascript 링크 v09</a>"],
  ["v10", "data:text/html;base64 link", '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgndjEwJyk8L3NjcmlwdD4=">data 링크 v10</a>'],
  [
    "v11",
    "entity-obfuscated jav&#x09;ascript:",
    "<a href=\"jav&#x09;ascript:window.__xss=(window.__xss||[]).concat('v11')\">탭 엔티티 javascript 링크 v11</a>",
  ],
  ["v12", "case-obfuscated JaVaScRiPt:", "<a href=\"JaVaScRiPt:window.__xss=(window.__xss||[]).concat('v12')\">대소문자 javascript 링크 v12</a>"],
  [
    "v13",
    "decimal-entity javascript:",
    "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=(window.__xss||[]).concat('v13')\">숫자 엔티티 javascript 링크 v13</a>",
  ],
  ["v14", "Markdown [x](javascript:...)", "[마크다운 javascript 링크 v14](javascript:window.__xss=(window.__xss||[]).concat('v14'))"],
  [
    "v15",
    "Markdown link with an entity in the scheme",
    "[엔티티 마크다운 javascript 링크 v15](&#x6A;avascript:window.__xss=(window.__xss||[]).concat('v15'))",
  ],
  ["v16", "autolink <javascript:...>", "자동 링크 v16: <javascript:window.__xss=(window.__xss||[]).concat('v16')>"],
  ["v17", "vbscript: link", "<a href=\"vbscript:msgbox('v17')\">vbscript 링크 v17</a>"],
  ["v18", "javascript: after leading spaces", "<a href=\"  javascript:window.__xss=(window.__xss||[]).concat('v18')\">공백 javascript 링크 v18</a>"],
  ["v19", "<iframe srcdoc>", "<iframe srcdoc=\"<script>parent.__xss=(parent.__xss||[]).concat('v19')</script>\"></iframe>"],
  ["v20", "<iframe src=javascript:>", "<iframe src=\"javascript:parent.__xss=(parent.__xss||[]).concat('v20')\"></iframe>"],
  ["v21", "<object data=data:text/html>", "<object data=\"data:text/html,<script>parent.__xss=(parent.__xss||[]).concat('v21')</script>\"></object>"],
  ["v22", "<embed src=data:text/html>", "<embed src=\"data:text/html,<script>parent.__xss=(parent.__xss||[]).concat('v22')</script>\">"],
  [
    "v23",
    "<img onerror> in a Contents task text",
    '- 쿠키의 HttpOnly, Secure, SameSite 속성 비교하기 <img src="/nope-v23.png" onerror="window.__xss=(window.__xss||[]).concat(\'v23\')">',
  ],
  [
    "v24",
    "<form action=javascript:> and formaction",
    '<form action="javascript:window.__xss=(window.__xss||[]).concat(\'v24\')"><input type="text" name="q" value="검색어"><button type="submit">폼 제출 v24</button><button formaction="javascript:window.__xss=(window.__xss||[]).concat(\'v24b\')">formaction 제출 v24b</button></form>',
  ],
  ["v25", "<meta refresh> to javascript:", '<meta http-equiv="refresh" content="0;url=javascript:window.__xss=(window.__xss||[]).concat(\'v25\')">'],
  ["v26", "<meta refresh> to another site", '<meta http-equiv="refresh" content="1;url=https://evil.example/v26">'],
  ["v27", "<base href>", '<base href="https://evil.example/v27/">'],
  ["v28", "<style> that hides the page", "<style>/* v28 */ body, main, header { display: none !important; } .note { visibility: hidden; }</style>"],
  [
    "v29",
    "style= with expression() and a viewport cover",
    "<div style=\"position:fixed;inset:0;z-index:99999;background:#fff;width:expression(window.__xss=(window.__xss||[]).concat('v29'))\">화면 가리개 v29</div>",
  ],
  [
    "v30",
    "style= with url(javascript:)",
    "<p style=\"background-image:url(javascript:window.__xss=(window.__xss||[]).concat('v30'))\">배경 url 스타일 v30</p>",
  ],
  [
    "v31",
    "HTML in a Markdown image alt",
    '![<img src="/nope-v31.png" onerror="window.__xss=(window.__xss||[]).concat(\'v31\')">](/nope-v31-image.png)',
  ],
  [
    "v32",
    "attribute break-out in an <img alt>",
    '<img src="/nope-v32.png" alt="&quot; onerror=&quot;window.__xss=(window.__xss||[]).concat(\'v32\')">',
  ],
  [
    "v33",
    "<math> mutation XSS",
    '<math><mtext><table><mglyph><style><img src="/nope-v33.png" onerror="window.__xss=(window.__xss||[]).concat(\'v33\')"></style></mglyph></table></mtext></math>',
  ],
  [
    "v34",
    "<noscript> mutation XSS",
    "<noscript><p title=\"</noscript><img src=/nope-v34.png onerror=window.__xss=(window.__xss||[]).concat('v34')>\"></p></noscript>",
  ],
  ["v35", "<template> content", '<template><img src="/nope-v35.png" onerror="window.__xss=(window.__xss||[]).concat(\'v35\')"></template>'],
  [
    "v36",
    "SVG <a xlink:href=javascript:>",
    '<svg><a xlink:href="javascript:window.__xss=(window.__xss||[]).concat(\'v36\')"><text x="0" y="15">SVG 링크 javascript v36</text></a></svg>',
  ],
  [
    "v37",
    "<details ontoggle>",
    "<details open ontoggle=\"window.__xss=(window.__xss||[]).concat('v37')\"><summary>접힌 설명</summary>세부 내용은 보안 가이드를 참고합니다.</details>",
  ],
  ["v38", "<input autofocus onfocus>", '<input autofocus onfocus="window.__xss=(window.__xss||[]).concat(\'v38\')" value="자동 포커스 v38">'],
  [
    "v39",
    "onmouseover/onclick on a paragraph",
    "<p onmouseover=\"window.__xss=(window.__xss||[]).concat('v39')\" onclick=\"window.__xss=(window.__xss||[]).concat('v39')\">마우스를 올리면 실행되는 문단 v39</p>",
  ],
  ["v40", "DOM clobbering id/name __xss", '<a id="__xss" name="__xss" href="#__xss">DOM 덮어쓰기 앵커 v40</a>'],
  ["v41", "DOM clobbering <img name=getElementById>", '<img name="getElementById" src="/nope-v41.png" alt="DOM 덮어쓰기 그림 v41">'],
  ["v42", "<a target=_blank> without rel", '<a href="https://evil.example/v42" target="_blank">새 창 링크 v42</a>'],
  [
    "v43",
    "<video><source onerror>",
    '<video controls><source src="/nope-v43.mp4" onerror="window.__xss=(window.__xss||[]).concat(\'v43\')"></video>',
  ],
  ["v44", "<img src=javascript:>", '<img src="javascript:window.__xss=(window.__xss||[]).concat(\'v44\')" alt="javascript 그림 v44">'],
  ["v45", "Markdown image ![](javascript:...)", "![javascript 마크다운 그림 v45](javascript:window.__xss=(window.__xss||[]).concat('v45'))"],
  [
    "v46",
    "<link rel=stylesheet/import>",
    '<link rel="stylesheet" href="https://evil.example/v46.css"><link rel="import" href="data:text/html,<script>parent.__xss=[\'v46\']</script>">',
  ],
  ["v47", "plain data:text/html link", "<a href=\"data:text/html,<script>alert('v47')</script>\">평문 data 링크 v47</a>"],
  [
    "v48",
    "SVG <animate onbegin>",
    '<svg><animate onbegin="window.__xss=(window.__xss||[]).concat(\'v48\')" attributeName="x" dur="1s"></animate></svg>',
  ],
  ["v49", "<body onload>", "<body onload=\"window.__xss=(window.__xss||[]).concat('v49')\">본문 태그 v49</body>"],
  [
    "v50",
    "NUL-entity java&#0;script:",
    "<a href=\"java&#0;script:window.__xss=(window.__xss||[]).concat('v50')\">NUL 엔티티 javascript 링크 v50</a>",
  ],
  ["v51", "<script> inside <xmp>", "<xmp><script>window.__xss=(window.__xss||[]).concat('v51')</script> xmp 안의 글 v51</xmp>"],
  [
    "v52",
    "<img onerror> inside <textarea>",
    '<textarea><img src="/nope-v52.png" onerror="window.__xss=(window.__xss||[]).concat(\'v52\')"> textarea 안의 글 v52</textarea>',
  ],
];

/** Elements that must never reach the page, whatever the note says. */
const FORBIDDEN_TAGS = new Set([
  "script",
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "base",
  "meta",
  "link",
  "style",
  "form",
  "button",
  "textarea",
  "select",
  "svg",
  "math",
  "template",
  "noscript",
  "body",
  "html",
  "head",
  "video",
  "audio",
]);

/** Properties that hold a URL the browser may load or navigate to. */
const URL_PROPERTIES = new Set([
  "href",
  "src",
  "srcSet",
  "action",
  "formAction",
  "data",
  "poster",
  "background",
  "cite",
  "longDesc",
  "xLinkHref",
  "ping",
]);

/** A URL as the browser reads its scheme: entities are already decoded; tabs, newlines, controls and spaces are ignored. */
function scheme(url: string): string {
  const squeezed = url.replace(/[\u0000-\u0020\u007f]+/gu, "").toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/u.exec(squeezed)?.[1] ?? "";
}

function stringValues(value: Properties[string]): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.map(String);
  return [];
}

/** Everything in the tree that could run a script, load a foreign document or clobber the page's globals. */
function problems(tree: Root): string[] {
  const found: string[] = [];
  visitParents(tree, "element", (node: Element, ancestors) => {
    const where = `<${node.tagName}>`;
    // The page's own copy-link buttons (rehype-heading-links) are the only buttons and icons allowed.
    const ownButton = [node, ...ancestors].some((element) => element.type === "element" && element.tagName === "button" && isHeadingLink(element));
    if (FORBIDDEN_TAGS.has(node.tagName) && !ownButton) found.push(`${where} survived`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/iu.test(name)) found.push(`${where} has ${name}`);
      for (const text of stringValues(value)) {
        if (URL_PROPERTIES.has(name)) {
          const kind = scheme(text);
          if (["javascript", "vbscript", "data"].includes(kind)) found.push(`${where} ${name}=${text}`);
        }
        if (name === "style" && /expression|javascript|url\(|position\s*:\s*fixed/iu.test(text)) found.push(`${where} style=${text}`);
        if ((name === "id" || name === "name") && /^(?:__xss|getElementById|__next|cookie|location|alert)$/u.test(text)) {
          found.push(`${where} ${name}=${text} clobbers a global`);
        }
      }
    }
    if (node.tagName === "a" && node.properties.target !== undefined) {
      const rel = stringValues(node.properties.rel).join(" ");
      if (!/noopener/u.test(rel)) found.push(`<a target> without rel=noopener`);
    }
  });
  return found;
}

function isHeadingLink(node: Element): boolean {
  const className = node.properties.className;
  // The page's own copy-link button: empty, its glyph is CSS.
  return Array.isArray(className) && className.includes("heading-link") && node.children.length === 0;
}

function textOf(tree: Root): string {
  return toString(tree).replace(/\s+/gu, " ");
}

describe("hostile HTML: every vector of the hostile fixture note", () => {
  const note = readFileSync(projectPath(NOTE), "utf8");

  it("lists at least 25 distinct vectors, each present in the note", () => {
    expect(new Set(VECTORS.map(([id]) => id)).size).toBe(VECTORS.length);
    expect(VECTORS.length).toBeGreaterThanOrEqual(25);
    for (const [id, , markdown] of VECTORS) expect(note, id).toContain(markdown.trim());
  });

  it.each(VECTORS)("%s (%s) renders to nothing that can run", async (_id, _label, markdown) => {
    const tree = await renderWeekBody(weekFrom(`# 노트\n\n## (1강) 강의\n\n${markdown}\n`));
    expect(problems(tree)).toEqual([]);
  });
});

describe("hostile HTML: the whole note", () => {
  let tree: Root;
  let text: string;

  beforeAll(async () => {
    tree = await renderWeekBody(loadNote(NOTE), { index: flatIndex(["hostile", "week-08"]) });
    text = textOf(tree);
  });

  it("keeps nothing that can run, load a foreign document or clobber a global", () => {
    expect(problems(tree)).toEqual([]);
  });

  it("rewrites authors' ids and names so they cannot clobber the page's globals", () => {
    const ids: string[] = [];
    visit(tree, "element", (node: Element) => {
      for (const value of [node.properties.id, node.properties.name]) if (typeof value === "string") ids.push(value);
    });
    expect(ids).toContain("user-content-__xss");
    expect(ids).toContain("user-content-getElementById");
  });

  it("does not turn an image whose src the sanitizer dropped into a javascript: link (v44, v45)", () => {
    const links: string[] = [];
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "a" && typeof node.properties.href === "string") links.push(node.properties.href);
    });
    expect(links.filter((href) => scheme(href) !== "" && !["http", "https"].includes(scheme(href)))).toEqual([]);
  });

  it("keeps the lecture text, the link texts and the harmless parts of the vectors", () => {
    for (const expected of [
      "브라우저는 출처(origin)마다 문서를 격리합니다.",
      "동일 출처 정책 덕분에 다른 사이트의 응답을 스크립트가 마음대로 읽을 수 없습니다. 인라인 스크립트 도 노트에서는 실행되면 안 됩니다.",
      "XSS는 공격자의 스크립트가 피해자의 브라우저에서 사이트의 권한으로 실행되는 취약점입니다.",
      "허용 목록에 없는 것은 모두 버린다는 원칙이 가장 중요합니다.",
      "이 문장이 끝까지 보인다면 새니타이저가 제 역할을 한 것입니다.",
      "javascript 링크 v09",
      "data 링크 v10",
      "대소문자 javascript 링크 v12",
      "마크다운 javascript 링크 v14",
      "vbscript 링크 v17",
      "화면 가리개 v29",
      "배경 url 스타일 v30",
      "세부 내용은 보안 가이드를 참고합니다.",
      "마우스를 올리면 실행되는 문단 v39",
      "DOM 덮어쓰기 앵커 v40",
      "새 창 링크 v42",
      "본문 태그 v49",
      // <xmp> and <textarea> show their content as text, markup included; so does the note.
      "<script>window.__xss=(window.__xss||[]).concat('v51')</script> xmp 안의 글 v51",
      `<img src="/nope-v52.png" onerror="window.__xss=(window.__xss||[]).concat('v52')"> textarea 안의 글 v52`,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("shows code blocks and inline code that quote the vectors literally", () => {
    const codes: string[] = [];
    visit(tree, "element", (node: Element) => {
      if (node.tagName === "code") codes.push(toString(node));
    });
    expect(codes).toContain('<script>alert(document.cookie)</script>\n<img src=x onerror="alert(\'xss\')">\n<a href="javascript:alert(1)">클릭</a>');
    expect(codes).toContain("<svg onload=alert(1)>");
    expect(codes).toContain("Set-Cookie: session=abc123; HttpOnly; Secure; SameSite=Lax");
    expect(codes.some((code) => code.includes('const schema = { ...defaultSchema, strip: ["script", "style"] };'))).toBe(true);
  });
});
