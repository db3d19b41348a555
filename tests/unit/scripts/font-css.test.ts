import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { projectPath } from "../helpers";

describe("app/pretendard.css", () => {
  it("is Pretendard's subset CSS, regenerated, with font-display: optional (no layout shift on font load)", () => {
    const css = readFileSync(projectPath("app/pretendard.css"), "utf8");
    expect(css).not.toContain("font-display: swap");
    expect(css.match(/font-display: optional;/gu)).toHaveLength(92);
    const check = spawnSync(process.execPath, [projectPath("scripts/generate-font-css.mjs"), "--check"], { encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});
