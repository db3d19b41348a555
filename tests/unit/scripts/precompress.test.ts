import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { precompressTree } from "../../../scripts/precompress.mjs";

describe("precompressTree (npm run export)", () => {
  it("writes .br and .gz beside every text file, and leaves images and fonts alone", () => {
    const out = mkdtempSync(path.join(tmpdir(), "precompress-"));
    mkdirSync(path.join(out, "weeks"), { recursive: true });
    mkdirSync(path.join(out, "_next", "static"), { recursive: true });
    const page = "<!DOCTYPE html><p>8주차 노트</p>".repeat(40);
    writeFileSync(path.join(out, "weeks", "week-08.html"), page);
    writeFileSync(path.join(out, "_next", "static", "app.js"), "console.log(1)");
    writeFileSync(path.join(out, "sitemap.xml"), "<urlset/>");
    writeFileSync(path.join(out, "card.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(path.join(out, "font.woff2"), Buffer.from([1, 2, 3]));

    const totals = precompressTree(out);

    expect(totals.files).toBe(3);
    expect(brotliDecompressSync(readFileSync(path.join(out, "weeks", "week-08.html.br"))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(path.join(out, "weeks", "week-08.html.gz"))).toString()).toBe(page);
    expect(totals.brotli).toBeLessThan(totals.bytes);
    const names = readdirSync(out, { recursive: true }).map(String).sort();
    expect(names.filter((name) => name.endsWith(".br") || name.endsWith(".gz"))).toEqual(
      [
        `_next${path.sep}static${path.sep}app.js.br`,
        `_next${path.sep}static${path.sep}app.js.gz`,
        "sitemap.xml.br",
        "sitemap.xml.gz",
        `weeks${path.sep}week-08.html.br`,
        `weeks${path.sep}week-08.html.gz`,
      ].sort(),
    );
  });
});
