import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { makeRepository } from "../content/repository";

// The route reads the notes of CONTENT_DIR, once per process: a repository of its own for this file.
const { root } = makeRepository();
writeFileSync(
  path.join(root, "Week_2/Day_4/03. 강의.md"),
  [
    "# 강의",
    "",
    "[노트북](./실습.ipynb) [데이터](../data/sample.csv) [슬라이드](<./my file.pdf>) [밖](./escape.txt) [키](./slides.pdf)",
    "",
    "![그래프](images/plot.png) ![밖](images/escape.png)",
    "",
  ].join("\n"),
);

type Route = typeof import("@/app/files/[...path]/route.served");
let files: Route;
let noteImages: Route;

beforeAll(async () => {
  vi.stubEnv("CONTENT_DIR", root);
  files = await import("@/app/files/[...path]/route.served");
  noteImages = await import("@/app/note-images/[...path]/route.served");
});

const get = (route: Route, ...segments: string[]) => route.GET(new Request("http://localhost/x"), { params: Promise.resolve({ path: segments }) });

describe("GET /files/[...path]", () => {
  it("prerenders exactly the files the notes link to or show", () => {
    expect(files.dynamicParams).toBe(false);
    expect(files.generateStaticParams().map((params) => params.path.join("/"))).toEqual([
      "Week_2/Day_4/images/plot.png",
      "Week_2/Day_4/my file.pdf",
      "Week_2/Day_4/실습.ipynb",
      "Week_2/data/sample.csv",
    ]);
    expect(noteImages.generateStaticParams().map((params) => params.path.join("/"))).toEqual(["Week_2/Day_4/images/plot.png"]);
  });

  it("serves a linked file with its type, nosniff and Content-Disposition, by written or escaped segments", async () => {
    const notebook = await get(files, "Week_2", "Day_4", "실습.ipynb");
    expect(notebook.status).toBe(200);
    expect(notebook.headers.get("content-type")).toBe("application/x-ipynb+json");
    expect(notebook.headers.get("x-content-type-options")).toBe("nosniff");
    expect(notebook.headers.get("content-disposition")).toMatch(/^attachment; /u);
    expect(await notebook.text()).toBe('{"cells": []}');
    const pdf = await get(files, "Week_2", "Day_4", "my%20file.pdf");
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-disposition")).toMatch(/^inline; /u);
    expect((await get(noteImages, "Week_2", "Day_4", "images", "plot.png")).headers.get("content-type")).toBe("image/png");
  });

  it.each([
    "../../outside/secret.txt",
    "%2e%2e/%2e%2e/outside/secret.txt",
    "..%2f..%2foutside%2fsecret.txt",
    "Week_2/Day_4/escape.txt",
    "Week_2/Day_4/images/escape.png",
    "linked-outside/secret.txt",
    "Week_2/Day_4/slides.pdf",
    "Week_2/Day_4/key.pem",
    ".git/config",
    "/etc/passwd",
    "Week_2/Day_4/model.h5",
    // Not linked by any note: never served, though it exists.
    "assets/img/jekyll.png",
  ])("answers 404 for %s", async (written) => {
    const response = await get(files, ...written.split("/"));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("Not found");
  });

  it("serves only images at the older /note-images address", async () => {
    expect((await get(noteImages, "Week_2", "Day_4", "실습.ipynb")).status).toBe(404);
  });
});
