import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderWeekBody } from "@/lib/render/process";
import { fuzzParameters, fuzzTimeout, note } from "./arbitraries";
import { ids, readGenerated, renderGenerated, unsafeAttributes } from "./render-helpers";

// A render costs tens of milliseconds (Shiki, KaTeX), so `npm test` keeps the
// counts low; `npm run fuzz` raises them with FUZZ_RUNS.
describe("fuzz: generated notes", { timeout: fuzzTimeout(60) }, () => {
  beforeAll(async () => {
    // Load Shiki's grammars once, outside the timed properties.
    await renderWeekBody(readGenerated("# 준비\n\n```python\nx = 1\n```\n"));
  });

  it("renders every note and loses none of its reader text", async () => {
    await fc.assert(
      fc.asyncProperty(note, async ({ text, markers }) => {
        const { readerText } = await renderGenerated(readGenerated(text));
        const lost = markers.filter((word) => !readerText.includes(word));
        expect(lost).toEqual([]);
      }),
      fuzzParameters(60),
    );
  });

  it("gives every element a unique id and keeps no handler or script URL", async () => {
    await fc.assert(
      fc.asyncProperty(note, async ({ text }) => {
        const { tree } = await renderGenerated(readGenerated(text));
        const all = ids(tree);
        expect(all.filter((id, at) => all.indexOf(id) !== at)).toEqual([]);
        expect(unsafeAttributes(tree)).toEqual([]);
      }),
      fuzzParameters(60),
    );
  });

  it("renders the same note to the same HTML every time", async () => {
    await fc.assert(
      fc.asyncProperty(note, async ({ text }) => {
        const week = readGenerated(text);
        const first = await renderGenerated(week);
        const again = await renderGenerated(week);
        const reparsed = await renderGenerated(readGenerated(text));
        expect(again.html).toBe(first.html);
        expect(reparsed.html).toBe(first.html);
      }),
      fuzzParameters(20),
    );
  });
});
