// The project's own command-line tools (next, tsx), run one after another for
// scripts/build.mjs and scripts/export.mjs: stop at the first that fails, with its exit code.

import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * @param {string} label names the calling script in error messages
 * @param {[tool: string, args: string[]][]} steps tools from node_modules/.bin with their arguments
 * @param {NodeJS.ProcessEnv} [env]
 */
export function runToolsOrExit(label, steps, env = process.env) {
  for (const [tool, args] of steps) {
    const command = path.join(ROOT, "node_modules", ".bin", tool);
    const result = spawnSync(command, args, { cwd: ROOT, stdio: "inherit", env });
    if (result.error) console.error(`${label}: could not run ${command}: ${result.error.message} (did you run npm ci?)`);
    const code = result.error ? 1 : (result.status ?? 1);
    if (code !== 0) process.exit(code);
  }
}
