import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveLocalImages } from "@/lib/content/local-images";
import { readMirrorManifest } from "@/lib/content/mirror";
import { projectPath, weekFrom } from "../helpers";

// A 3x2 PNG header: enough for image-size.
const png = Buffer.from("89504e470d0a1a0a0000000d494844520000000300000002080200000000000000", "hex");

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === "/ok.png") response.writeHead(200, { "Content-Type": "image/png" }).end(png);
    else if (request.url === "/page.html") response.writeHead(200, { "Content-Type": "text/html" }).end("<p>no</p>");
    else response.writeHead(404).end("gone");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function runMirror(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      projectPath("node_modules/.bin/tsx"),
      [projectPath("scripts/images-mirror.ts")],
      { env: { ...process.env, ...env } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("npm run images:mirror", { timeout: 60_000 }, () => {
  it("copies reachable images with a manifest, reports each failure, and leaves no partial files", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "mirror-"));
    const content = path.join(root, "content");
    const publicDirectory = path.join(root, "public");
    mkdirSync(content);
    writeFileSync(
      path.join(content, "week-01.md"),
      `# Week 1\n\n![a](${base}/ok.png)\n\n<img src="${base}/missing.png">\n\n![c](${base}/page.html)\n`,
    );
    const result = await runMirror({ CONTENT_DIR: content, MIRROR_PUBLIC_DIR: publicDirectory });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([`failed ${base}/missing.png: HTTP 404`, `failed ${base}/page.html: not an image (text/html)`]);
    expect(result.stdout).toContain("1 of 3 image(s) mirrored");

    const manifest = readMirrorManifest(publicDirectory);
    expect(Object.keys(manifest)).toEqual([`${base}/ok.png`]);
    const entry = manifest[`${base}/ok.png`];
    expect(entry).toMatchObject({ width: 3, height: 2 });
    expect(entry?.path).toMatch(/^\/mirror\/[0-9a-f]{20}\.png$/u);
    expect(readFileSync(path.join(publicDirectory, entry?.path ?? "")).equals(png)).toBe(true);
    expect(readdirSync(path.join(publicDirectory, "mirror")).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(existsSync(path.join(publicDirectory, "mirror", "manifest.json"))).toBe(true);

    // The renderer then serves the copy, with its size reserved.
    const week = weekFrom(`# Week 1\n\n![a](${base}/ok.png)\n`);
    const resolved = resolveLocalImages(week, content, manifest).week;
    expect(resolved.images[0]?.local).toEqual({ status: "found", url: entry?.path, width: 3, height: 2 });
  });
});
