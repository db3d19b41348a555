import { expect, test } from "./helpers";

test("local and side-by-side images render with intrinsic sizes and no layout shift", async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: { value: number; at: number; sources: string[] }[] = [];
    type Source = { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] };
    const box = (rect: DOMRectReadOnly) => [rect.x, rect.y, rect.width, rect.height].map(Math.round).join(",");
    // What moved, from where to where and when, so a failure says where to look.
    const describe = ({ node, previousRect, currentRect }: Source) =>
      `${node instanceof Element ? `${node.nodeName}.${[...node.classList].join(".")}` : (node?.nodeName ?? "?")} ${box(previousRect)} -> ${box(currentRect)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (!entry.hadRecentInput) shifts.push({ value: entry.value, at: Math.round(entry.startTime), sources: entry.sources.map(describe) });
      }
    }).observe({ type: "layout-shift", buffered: true });
    Object.assign(window, { layoutShifts: shifts });
  });
  await page.goto("/weeks/images-demo");
  const pipeline = page.getByRole("img", { name: "학습 파이프라인" });
  await expect(pipeline).toHaveAttribute("src", "/files/images/pipeline.png");
  await expect(pipeline).toHaveAttribute("width", "640");
  await expect(pipeline).toHaveAttribute("height", "360");
  expect(await pipeline.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(640);
  const row = page.locator("p.image-row");
  await expect(row.locator("img")).toHaveCount(2);
  const [left, right] = await row.locator("img").evaluateAll((images) => images.map((image) => image.getBoundingClientRect().top));
  expect(left).toBe(right);
  const response = await page.request.get("/note-images/images/left.png");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await page.request.get("/note-images/..%2f..%2fpackage.json")).status()).toBe(404);
  await page.waitForLoadState("networkidle");
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: { value: number; at: number; sources: string[] }[] }).layoutShifts);
  expect(shifts, JSON.stringify(shifts)).toEqual([]);
});
