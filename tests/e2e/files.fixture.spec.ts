import { expect, test } from "./helpers";

/**
 * Files of a study repository (issue 20, items 6 and 7) on the fixture site:
 * tests/fixtures/site/practice/README.md links a notebook, data, slides and
 * code beside it, shows an image from its own folder, links a file that is
 * not there, and links out of the notes folder three ways (a climbing path,
 * an escaped one, a symlink `data/secret.csv -> package.json`).
 */
const PRACTICE = "/weeks/practice";

const SERVED = [
  {
    text: "NumPy 실습 노트북",
    href: "/files/practice/01_numpy.ipynb",
    type: "application/x-ipynb+json",
    disposition: /^attachment; filename="01_numpy\.ipynb"/u,
    body: '"nbformat": 4',
  },
  {
    text: "예제 데이터",
    href: "/files/practice/data/sample.csv",
    type: "text/csv; charset=utf-8",
    disposition: /^attachment; filename="sample\.csv"/u,
    body: "이름,점수",
  },
  {
    text: "강의 슬라이드",
    href: "/files/practice/slides/lecture.pdf",
    type: "application/pdf",
    disposition: /^inline; filename="lecture\.pdf"/u,
    body: "%PDF-1.4",
  },
  {
    text: "도우미 코드",
    href: "/files/practice/src/my%20utils.py",
    type: "text/x-python; charset=utf-8",
    disposition: /^attachment; filename="my utils\.py"/u,
    body: "def normalize",
  },
  {
    text: "같은 파일",
    href: "/files/practice/src/my%20utils.py",
    type: "text/x-python; charset=utf-8",
    disposition: /^attachment; /u,
    body: "def normalize",
  },
];

test.describe("files of the repository", () => {
  test("links to notebooks, data, slides and code are served with their type and disposition", async ({ page }) => {
    await page.goto(PRACTICE);
    for (const file of SERVED) {
      const link = page.locator(".note a", { hasText: file.text });
      await expect(link).toHaveAttribute("href", file.href);
      await expect(link).not.toHaveClass(/file-link-missing/u);
      const response = await page.request.get(file.href);
      expect(response.status(), file.href).toBe(200);
      const headers = response.headers();
      expect(headers["content-type"]).toBe(file.type);
      expect(headers["content-disposition"]).toMatch(file.disposition);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(await response.text()).toContain(file.body);
    }
  });

  test("a click on a notebook downloads it under its own name", async ({ page }) => {
    await page.goto(PRACTICE);
    const download = page.waitForEvent("download");
    await page.locator(".note a", { hasText: "NumPy 실습 노트북" }).click();
    expect((await download).suggestedFilename()).toBe("01_numpy.ipynb");
  });

  test("the image resolves from the note's own folder, with its size", async ({ page }) => {
    await page.goto(PRACTICE);
    const plot = page.getByRole("img", { name: "브로드캐스팅 결과 그래프" });
    await expect(plot).toHaveAttribute("src", "/files/practice/images/plot.png");
    await expect(plot).toHaveAttribute("width", "300");
    expect(await plot.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(300);
    // The older address of images keeps answering.
    const older = await page.request.get("/note-images/practice/images/plot.png");
    expect(older.status()).toBe(200);
    expect(older.headers()["content-type"]).toBe("image/png");
    // Opened on its own, a file of the repository runs nothing: the page's policy is replaced by a sandbox.
    for (const served of [older, await page.request.get("/files/practice/images/plot.png")]) {
      expect(served.headers()["content-security-policy"]).toContain("sandbox");
      expect(served.headers()["content-security-policy"]).toContain("default-src 'none'");
    }
  });

  test("a missing file and links out of the notes folder are dashed links, never served", async ({ page }) => {
    await page.goto(PRACTICE);
    for (const text of ["지난 주 실습 결과", "시스템 파일", "인코딩된 경로", "밖으로 이어진 링크"]) {
      const link = page.locator(".note a", { hasText: text });
      await expect(link, text).toHaveClass(/\bfile-link-missing\b/u);
      await expect(link, text).toHaveAttribute("title", "없는 파일");
      expect(await link.getAttribute("href"), text).not.toMatch(/^\/files\//u);
    }
    expect((await page.request.get("/files/practice/data/secret.csv")).status()).toBe(404);
  });

  test("traversal, encoded or not, and files no note links are 404", async ({ request }) => {
    for (const url of [
      "/files/../../etc/passwd",
      "/files/..%2f..%2fetc%2fpasswd",
      "/files/%2e%2e/%2e%2e/package.json",
      "/files/practice/%2e%2e/%2e%2e/%2e%2e/package.json",
      "/files/%252e%252e/%252e%252e/package.json",
      "/files/practice/..%5c..%5c..%5cpackage.json",
      "/files//etc/passwd",
      "/files/practice/data/secret.csv",
      "/files/practice/README.md",
      "/files/hostile.md",
      "/note-images/practice/01_numpy.ipynb",
      "/note-images/..%2f..%2fpackage.json",
    ]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      expect(await response.text(), url).not.toContain('"name": "study-portal"');
    }
  });
});
