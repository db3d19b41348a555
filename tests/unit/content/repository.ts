import { mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** A 3x2 PNG: the header is all image-size reads. */
export const tinyPng = Buffer.from("89504e470d0a1a0a0000000d494844520000000300000002080200000000000000", "hex");

/**
 * A study repository in a temp folder, shaped like a real one (notes beside
 * notebooks, data and slides), with the traps a note can lay: symlinks that
 * lead out of the root (a file and a folder), a symlink loop, hidden folders,
 * a file type the portal does not serve and a file over the size limit.
 * Returns the content root and the folder outside it holding the secrets.
 */
export function makeRepository(): { root: string; outside: string } {
  const base = mkdtempSync(path.join(tmpdir(), "repository-"));
  const root = path.join(base, "content");
  const outside = path.join(base, "outside");
  const file = (relative: string, content: string | Buffer = "x") => {
    const full = path.join(root, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  };
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, "secret.txt"), "secret");
  writeFileSync(path.join(outside, "secret.png"), tinyPng);
  file("Week_2/Day_4/03. 강의.md", "# 강의\n");
  file("Week_2/Day_4/실습.ipynb", '{"cells": []}');
  file("Week_2/Day_4/my file.pdf", "%PDF-1.4");
  file("Week_2/Day_4/images/plot.png", tinyPng);
  file("Week_2/data/sample.csv", "a,b\n1,2\n");
  file("Week_2/Day_4/model.h5", "weights");
  file("Week_2/Day_4/key.pem", "-----BEGIN PRIVATE KEY-----");
  file("노트 1a2b3c4d5e6f70819a2b3c4d5e6f7081/Untitled 1.png", tinyPng);
  file("assets/img/jekyll.png", tinyPng);
  file("static/images/hugo.png", tinyPng);
  file("attachments/그림.png", tinyPng);
  file("Week_2/attachments/그림.png", tinyPng);
  file(".git/config", "[core]");
  file(".env", "TOKEN=1");
  file("node_modules/pkg/readme.txt", "x");
  file("big.zip", "");
  truncateSync(path.join(root, "big.zip"), 21 * 1024 * 1024);
  symlinkSync(path.join(outside, "secret.txt"), path.join(root, "Week_2/Day_4/escape.txt"));
  symlinkSync(path.join(outside, "secret.png"), path.join(root, "Week_2/Day_4/images/escape.png"));
  symlinkSync(outside, path.join(root, "linked-outside"));
  symlinkSync(path.join(root, "Week_2/Day_4/key.pem"), path.join(root, "Week_2/Day_4/slides.pdf"));
  symlinkSync(path.join(root, "Week_2/data"), path.join(root, "data-link"));
  symlinkSync(root, path.join(root, "Week_2/loop"));
  return { root, outside };
}
