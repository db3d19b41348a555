import { rmSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildFileIndex, fileHeaders, type FileTarget, linkedFiles, missingFileLinks, readRepositoryFile, resolveFileLink } from "@/lib/content/files";
import { parseWeek } from "@/lib/content/load";
import { resolveLocalImages } from "@/lib/content/local-images";
import type { WeekSlug } from "@/lib/content/types";
import { makeRepository } from "./repository";

const { root } = makeRepository();
const index = buildFileIndex(root);
const lecture = "Week_2/Day_4/03. 강의.md";

/** Where a reference leads, in short: the served URL, or the kind of failure. */
function target(url: string, kind: "link" | "image" | "embed" = "link", from = lecture): string {
  const found: FileTarget = resolveFileLink(url, from, index, kind);
  if (found.kind === "file") return found.url;
  return found.kind === "refused" ? `refused:${found.reason}` : found.kind;
}

/** A note at `notePath` of the temp repository, parsed as the loader parses it. */
function noteAt(notePath: string, markdown: string) {
  return parseWeek(markdown, `content/${notePath}`, "lecture" as WeekSlug, notePath).week;
}

describe("buildFileIndex", () => {
  it("lists the files inside the root, not hidden ones, dependencies, or what symlinks reach outside it", () => {
    const paths = [...index.files.keys()];
    expect(paths).toContain("Week_2/Day_4/실습.ipynb");
    // A symlink inside the root to a folder inside it is followed, once (the loop `Week_2/loop -> root` is not walked at all).
    expect(paths).toContain("data-link/sample.csv");
    expect(paths.some((relative) => relative.startsWith("Week_2/loop/"))).toBe(false);
    expect(paths.filter((relative) => relative.startsWith(".") || relative.includes("node_modules"))).toEqual([]);
    expect(paths.filter((relative) => relative.includes("escape") || relative.startsWith("linked-outside"))).toEqual([]);
    expect([...index.outside].sort()).toEqual(["Week_2/Day_4/escape.txt", "Week_2/Day_4/images/escape.png", "linked-outside"]);
    for (const file of index.files.values()) expect(file.absolutePath.startsWith(`${index.root}${path.sep}`)).toBe(true);
  });
});

describe("resolveFileLink", () => {
  it.each([
    ["./실습.ipynb", "/files/Week_2/Day_4/%EC%8B%A4%EC%8A%B5.ipynb"],
    ["../data/sample.csv#L2", "/files/Week_2/data/sample.csv"],
    // `<./my file.pdf>` reaches the model as written, and the page percent-encoded.
    ["./my file.pdf", "/files/Week_2/Day_4/my%20file.pdf"],
    ["./my%20file.pdf?raw=true", "/files/Week_2/Day_4/my%20file.pdf"],
    // Notion's export: the folder name with its page id, every space escaped.
    ["../../%EB%85%B8%ED%8A%B8%201a2b3c4d5e6f70819a2b3c4d5e6f7081/Untitled%201.png", "/files/%EB%85%B8%ED%8A%B8%201a2b3c4d5e6f70819a2b3c4d5e6f7081/Untitled%201.png"],
    // Jekyll's and Hugo's site-absolute paths: from the root, then Hugo's `static/`.
    ["/assets/img/jekyll.png", "/files/assets/img/jekyll.png"],
    ["/images/hugo.png", "/files/static/images/hugo.png"],
    // From the root, as Obsidian's "absolute path in vault" and links between notes do.
    ["Week_2/data/sample.csv", "/files/Week_2/data/sample.csv"],
    // A Windows author's separators.
    ["..\\data\\sample.csv", "/files/Week_2/data/sample.csv"],
  ])("serves %s at %s", (url, served) => {
    expect(target(url)).toBe(served);
  });

  it.each([
    ["./없는 파일.pdf", "missing"],
    ["/assets/files/none.pdf", "missing"],
    ["./model.h5", "refused:type"],
    // A symlink named like a PDF that leads to a private key inside the root.
    ["./slides.pdf", "refused:type"],
    ["../../big.zip", "refused:size"],
    // Not files of the repository: the web, anchors, notes, folders, pages of the site.
    ["https://example.com/a.pdf", "other"],
    ["#section", "other"],
    ["./04. 다음 강의.md", "other"],
    ["../data/", "other"],
    ["/weeks/week-08", "other"],
  ])("%s is %s", (url, kind) => {
    expect(target(url)).toBe(kind);
  });

  it.each([
    "../../../etc/passwd",
    "../../../../../../etc/passwd.txt",
    "%2e%2e/%2e%2e/%2e%2e/etc/passwd.txt",
    "..%2f..%2f..%2fetc%2fpasswd.txt",
    "%252e%252e/%252e%252e/%252e%252e/etc/passwd.txt",
    "..\\..\\..\\etc\\passwd.txt",
    "C:\\Windows\\win.ini",
    "c:/Users/me/Desktop/plot.png",
    "file:///etc/passwd",
    "\\\\server\\share\\notes.txt",
    "./escape.txt",
    "../../linked-outside/secret.txt",
    "/linked-outside/secret.txt",
    "./ok.txt%00.png",
  ])("never reads outside the root: %s", (url) => {
    for (const kind of ["link", "image", "embed"] as const) {
      const found = resolveFileLink(url, lecture, index, kind);
      expect(["outside", "missing", "other"]).toContain(found.kind);
      // Whatever it is called, nothing outside the root is named.
      if (found.kind === "file" || found.kind === "refused") expect.unreachable();
    }
    expect(target(url, "image")).not.toBe("other");
  });

  it("reads a site-absolute path as a path from the root, never the machine's", () => {
    expect(target("/etc/passwd.png", "image")).toBe("missing");
    expect(target("/../../etc/passwd.png", "image")).toBe("outside");
  });

  it("finds an image beside the note only; an Obsidian embed anywhere by name, the closest folder first", () => {
    expect(target("images/plot.png", "image")).toBe("/files/Week_2/Day_4/images/plot.png");
    expect(target("plot.png", "image")).toBe("missing");
    expect(target("%EA%B7%B8%EB%A6%BC.png", "embed")).toBe(`/files/Week_2/attachments/${encodeURIComponent("그림.png")}`);
    expect(target("%EA%B7%B8%EB%A6%BC.png", "embed", "다른 폴더/노트.md")).toBe(`/files/attachments/${encodeURIComponent("그림.png")}`);
    expect(target("attachments/%EA%B7%B8%EB%A6%BC.png", "embed", "다른 폴더/노트.md")).toBe(`/files/attachments/${encodeURIComponent("그림.png")}`);
    // A name found by Obsidian's rule is still a file inside the root; a picture outside is not found by any name.
    expect(target("images/escape.png", "embed")).toBe("outside");
    expect(target("secret.png", "embed")).toBe("missing");
    expect(target("./실습.ipynb", "image")).toBe("refused:type");
  });
});

describe("missingFileLinks", () => {
  it("warns at each link the reader cannot follow, Markdown, definitions and raw HTML, and not at good ones", () => {
    const week = noteAt(
      lecture,
      [
        "# 강의",
        "",
        "[노트북](./실습.ipynb) [없음](files/none.pdf) [밖](../../../etc/passwd)",
        "",
        "[웹](https://a.example) [위](#top) [노트](./week-02.md) [사이트](/weeks/x) [가중치](./model.h5)",
        "",
        '<p>자료: <a href="./escape.txt">비밀</a> <a href="../data/sample.csv">데이터</a></p>',
        "",
        "[ref]: ./gone.zip",
      ].join("\n"),
    );
    expect(missingFileLinks(week, index).map((warning) => warning.message)).toEqual([
      `content/${lecture}:3:19 link to a missing file: files/none.pdf; add the file or fix the path`,
      `content/${lecture}:3:40 link to a file outside the notes folder: ../../../etc/passwd; only files inside the notes folder are served`,
      expect.stringMatching(/^content\/Week_2\/Day_4\/03\. 강의\.md:5:69 link to a file type the portal does not serve: \.\/model\.h5; the portal serves \.png .* \.xlsx$/u),
      `content/${lecture}:7:8 link to a file outside the notes folder: ./escape.txt; only files inside the notes folder are served`,
      `content/${lecture}:9:1 link to a missing file: ./gone.zip; add the file or fix the path`,
    ]);
  });
});

describe("linkedFiles", () => {
  it("lists only the files notes link to or show, never the rest of the repository", () => {
    const week = noteAt(lecture, "# 강의\n\n[노트북](./실습.ipynb) [밖](./escape.txt) [없음](./none.csv)\n\n![그림](./images/plot.png) ![밖](./images/escape.png)\n");
    const shown = resolveLocalImages(week, root, {}, index).week;
    expect(linkedFiles([shown], index)).toEqual(["Week_2/Day_4/images/plot.png", "Week_2/Day_4/실습.ipynb"]);
  });
});

describe("readRepositoryFile", () => {
  it("reads an indexed file, and refuses one that became a symlink out of the root after indexing", () => {
    const other = makeRepository();
    const fresh = buildFileIndex(other.root);
    expect(readRepositoryFile(fresh, "Week_2/data/sample.csv")?.toString()).toBe("a,b\n1,2\n");
    const swapped = path.join(other.root, "Week_2/data/sample.csv");
    rmSync(swapped);
    symlinkSync(path.join(other.outside, "secret.txt"), swapped);
    expect(readRepositoryFile(fresh, "Week_2/data/sample.csv")).toBeNull();
    expect(readRepositoryFile(fresh, "../outside/secret.txt")).toBeNull();
    expect(readRepositoryFile(fresh, "big.zip")).toBeNull();
  });
});

describe("fileHeaders", () => {
  it("names the type, never lets the browser sniff it, and saves downloads under their Korean name", () => {
    expect(fileHeaders("Week_2/Day_4/실습.ipynb")).toMatchObject({
      "Content-Type": "application/x-ipynb+json",
      "Content-Disposition": `attachment; filename="__.ipynb"; filename*=UTF-8''${encodeURIComponent("실습.ipynb")}`,
      "X-Content-Type-Options": "nosniff",
    });
    expect(fileHeaders("slides/lecture.pdf")["Content-Disposition"]).toBe(`inline; filename="lecture.pdf"; filename*=UTF-8''lecture.pdf`);
    // An SVG opened on its own could run scripts in the site's origin: saved, and sandboxed where the policy reaches.
    expect(fileHeaders("images/a.svg")).toMatchObject({
      "Content-Type": "image/svg+xml",
      "Content-Disposition": expect.stringMatching(/^attachment; /u),
      "Content-Security-Policy": expect.stringContaining("sandbox"),
    });
    expect(fileHeaders("images/a.png")["Content-Disposition"]).toMatch(/^inline; /u);
    expect(fileHeaders('data/"quoted".csv')["Content-Disposition"]).toContain('filename="_quoted_.csv"');
  });
});
