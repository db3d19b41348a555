import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { katexFiles } from "@/lib/render/katex-assets";
import { mermaidFiles, mermaidModuleHref, mermaidVersion } from "@/lib/render/mermaid-assets";
import { packageFilesRoute } from "@/lib/site/package-files";

const request = new Request("http://localhost/");
const get = (route: ReturnType<typeof packageFilesRoute>, version: string, file: string[]) =>
  route.GET(request, { params: Promise.resolve({ version, file }) });

describe("package files served under their version", () => {
  const mermaid = packageFilesRoute(mermaidFiles);
  const katex = packageFilesRoute(katexFiles);

  it("serves mermaid's prebuilt module from the installed version", async () => {
    const installed: { version: string } = JSON.parse(readFileSync(path.join("node_modules", "mermaid", "package.json"), "utf8"));
    expect(mermaidVersion).toBe(installed.version);
    expect(mermaidModuleHref).toBe(`/mermaid/${installed.version}/mermaid.esm.min.mjs`);
    const response = await get(mermaid, mermaidVersion, ["mermaid.esm.min.mjs"]);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/javascript; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toContain("immutable");
  });

  it("lists every module mermaid's build imports, so a diagram never meets a missing chunk", () => {
    const files = mermaidFiles.files().map((file) => file.join("/"));
    expect(files.every((file) => file.endsWith(".mjs"))).toBe(true);
    const served = new Set(files);
    for (const file of files) {
      const text = readFileSync(path.join(mermaidFiles.folder, file), "utf8");
      const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/gu)].map((match) => match[1] ?? "");
      for (const imported of imports) expect(served, `${file} imports ${imported}`).toContain(path.posix.join(path.posix.dirname(file), imported));
    }
    expect(served.size).toBeGreaterThan(50);
  });

  it("answers 404 for an unlisted file, another version or a file type it does not serve", async () => {
    expect((await get(mermaid, mermaidVersion, ["mermaid.esm.min.mjs.map"])).status).toBe(404);
    expect((await get(mermaid, "0.0.1", ["mermaid.esm.min.mjs"])).status).toBe(404);
    expect((await get(mermaid, mermaidVersion, ["..", "package.json"])).status).toBe(404);
    expect((await get(katex, katexFiles.version, ["katex.min.js"])).status).toBe(404);
  });

  it("gives the static build one page per file", () => {
    const params = katex.generateStaticParams();
    expect(params).toContainEqual({ version: katexFiles.version, file: ["katex.min.css"] });
    expect(params.every((param) => param.version === katexFiles.version)).toBe(true);
    expect(params.length).toBe(katexFiles.files().length);
  });
});
