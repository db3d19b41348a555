/**
 * The check `next build` runs before compiling (next.config.ts starts it as a
 * child process): every note is read, and bad content stops the build with one
 * `content/<file>.md:<line>:<col> <problem>` line per problem instead of a
 * stack trace from inside a page. Exits 1 when the notes cannot be built.
 *
 * A process of its own because reading 1000 notes takes about 1 GiB of heap
 * that V8 keeps once it has grown; in next.config.ts that memory stayed in the
 * build's main process beside Turbopack and the page worker (bench/build-scale.ts).
 */
import { getGitHistory } from "../lib/content/history";
import { loadAllWeeks } from "../lib/content/index";
import { contentReport, strictContent } from "../lib/content/report";

const { lines, failed } = contentReport(loadAllWeeks(), strictContent());
for (const line of lines) console.error(`${line.level} ${line.text}`);
if (failed) {
  const strict = strictContent() ? " (STRICT_CONTENT=1: warnings count as errors)" : "";
  console.error(`\n${lines.filter((line) => line.level === "error").length} problem(s) in the notes${strict}; fix them and build again.`);
  process.exitCode = 1;
} else {
  // Outside a git checkout, or in a shallow clone, dates come from what the notes say: one line says so.
  const { warning } = getGitHistory();
  if (warning) console.warn(`warning ${warning}`);
}
