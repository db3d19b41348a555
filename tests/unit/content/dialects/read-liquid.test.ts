import type { Image, Link } from "mdast";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { liquid, rules } from "./template-helpers";

/** `line:column` (1-based) of the first `needle` on a line of the note. */
function at(note: string, line: number, needle: string, from = 0): string {
  return `${line}:${(note.split("\n")[line - 1] ?? "").indexOf(needle, from) + 1}`;
}

function lineCount(text: string): number {
  return text.split("\n").length;
}

describe("readLiquid: Jekyll's Liquid read before Markdown", () => {
  it("resolves site.url and site.baseurl before a path, so the link and image parse", () => {
    const note = "![구조]({{ site.url }}{{ site.baseurl }}/assets/img/arch.png)\n[홈]({{ site.url }}) 과 <img src=\"{{ site.baseurl }}/assets/a.png\">";
    const { text, tree, file } = liquid(note);
    expect(text).toBe("![구조](/assets/img/arch.png)\n[홈](/) 과 <img src=\"/assets/a.png\">");
    const images: Image[] = [];
    visit(tree, "image", (node: Image) => {
      images.push(node);
    });
    expect(images.map((image) => [image.url, image.position?.start.column, image.position?.end.column])).toEqual([["/assets/img/arch.png", 1, note.indexOf("\n") + 1]]);
    expect(rules(file)).toEqual([
      `${at(note, 1, "{{ site.url")} liquid-site-url`,
      `${at(note, 1, "{{ site.baseurl")} liquid-site-url`,
      `${at(note, 2, "{{ site.url")} liquid-site-url`,
      `${at(note, 2, "{{ site.baseurl")} liquid-site-url`,
    ]);
    expect(at(note, 2, "{{ site.baseurl")).toBe("2:33");
  });

  it("reads relative_url, absolute_url and prepend: site.baseurl on a quoted path", () => {
    const { text } = liquid(`![a]({{ "/assets/x.png" | relative_url }}) ![b]({{ 'images/y.png' | absolute_url }}) [c]({{ "/z/" | prepend: site.baseurl }})`);
    expect(text).toBe("![a](/assets/x.png) ![b](/images/y.png) [c](/z/)");
  });

  it("turns post_url and link into relative links to the notes", () => {
    const note = "[다음]({% post_url 2023-03-14-next-post %}) [시작]({{ site.baseurl }}{% link _posts/2022-12-01-start.md %}) [pdf]({% link assets/a.pdf %})";
    const { tree, file } = liquid(note);
    const urls: string[] = [];
    visit(tree, "link", (node: Link) => {
      urls.push(node.url);
    });
    expect(urls).toEqual(["./2023-03-14-next-post.md", "./2022-12-01-start.md", "/assets/a.pdf"]);
    expect(rules(file)).toEqual([
      `${at(note, 1, "{% post_url")} liquid-post-url`,
      `${at(note, 1, "{{ site.baseurl")} liquid-site-url`,
      `${at(note, 1, "{% link _posts")} liquid-link`,
      `${at(note, 1, "{% link assets")} liquid-link`,
    ]);
  });

  it("removes raw markers, also inside code, and reads nothing between them", () => {
    const note = [
      "{% raw %}",
      "```yaml",
      'url: "{{ site.url }}/x"',
      "```",
      "{% endraw %}",
      "",
      "인라인 `{% raw %}{{ name }}{% endraw %}` 과 `{{ kept }}`.",
    ].join("\n");
    const { text, file } = liquid(note);
    expect(text).toBe(["", "```yaml", 'url: "{{ site.url }}/x"', "```", "", "", "인라인 `{{ name }}` 과 `{{ kept }}`."].join("\n"));
    expect(lineCount(text)).toBe(lineCount(note));
    expect(rules(file)).toEqual(["1:1 liquid-raw", "7:6 liquid-raw"]);
  });

  it("leaves Liquid-looking code and math alone, and warns about Liquid it cannot read in prose", () => {
    const note = "```html\n<p>{{ message }}</p>\n{% if user %}\n```\n\n$x^{{2}}$ 그리고 {{ page.title }} 와 {% include comments.html %}";
    const { text, file } = liquid(note);
    expect(text).toBe(note);
    expect(rules(file)).toEqual([`!${at(note, 6, "{{ page")} liquid-unknown-output`, `!${at(note, 6, "{% include")} liquid-unknown-tag`]);
    expect(file.messages[0]?.reason).toBe("Liquid output `{{ page.title }}` is not understood (the portal has no Jekyll site data) and is shown as written");
  });

  it("warns about an unclosed raw and a stray endraw, removing the markers", () => {
    const { text, file } = liquid("앞 {% endraw %} 뒤\n{% raw %}\n{{ x }}");
    expect(text).toBe("앞  뒤\n\n{{ x }}");
    expect(rules(file)).toEqual(["!1:3 liquid-raw-unopened", "!2:1 liquid-raw-unclosed"]);
  });

  it("turns a highlight block into a fenced code block, longer than any fence inside", () => {
    const note = ["{% highlight python linenos %}", "# 주석이지 제목이 아님", "s = '```'", "{% endhighlight %}"].join("\n");
    const { text, tree, file } = liquid(note);
    expect(text).toBe(["````python", "# 주석이지 제목이 아님", "s = '```'", "````"].join("\n"));
    expect(tree.children.map((node) => node.type)).toEqual(["code"]);
    expect(file.messages[0]?.reason).toBe("Liquid `{% highlight python %}` is shown as a python code block (without line numbers)");
  });

  it("shows a highlight that does not stand on its own line as written", () => {
    const note = "보기: {% highlight js %}x(){% endhighlight %}";
    const { text, file } = liquid(note);
    expect(text).toBe(note);
    expect(rules(file)).toEqual([`!${at(note, 1, "{% highlight")} liquid-highlight-unreadable`, `!${at(note, 1, "{% endhighlight")} liquid-unknown-tag`]);
  });

  it("reads the Minimal Mistakes includes: toc removed, figure as an image, video as a link", () => {
    const note = [
      "{% include toc %}",
      '{% include figure image_path="/assets/images/x.png" alt="구조" caption="그림 1" %}',
      '{% include video id="XsxDH4HcOWA" provider="youtube" %}',
    ].join("\n");
    const { text, file } = liquid(note);
    expect(text).toBe(
      ["", '<img src="/assets/images/x.png" alt="구조" title="그림 1"><br>그림 1', "[YouTube 동영상 보기 (XsxDH4HcOWA)](<https://www.youtube.com/watch?v=XsxDH4HcOWA>)"].join("\n"),
    );
    expect(rules(file)).toEqual(["1:1 liquid-include-toc", "2:1 liquid-include-figure", "3:1 liquid-include-video"]);
  });

  it("hides a Liquid comment and keeps its lines", () => {
    const { text, file } = liquid("가\n{% comment %}\n숨김\n{% endcomment %}\n나");
    expect(text).toBe("가\n\n\n\n나");
    expect(rules(file)).toEqual(["2:1 liquid-comment"]);
  });

  it("leaves Hugo shortcodes to the Hugo reader", () => {
    const note = "{{< youtube abc >}} {{% notice tip %}}";
    const { text, file } = liquid(note);
    expect(text).toBe(note);
    expect(file.messages).toEqual([]);
  });
});
