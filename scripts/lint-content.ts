/**
 * `npm run lint:content`: check every note in content/ (or CONTENT_DIR) without
 * building the site. Prints one `content/<file>.md:<line>:<col> <problem>` line
 * per problem and exits 1 when a note cannot be built (or, with
 * STRICT_CONTENT=1, when any warning is found).
 */
import { contentDirectory } from "../lib/content/index";
import { loadWeeksFrom } from "../lib/content/load";
import { contentReport, strictContent } from "../lib/content/report";

const loaded = loadWeeksFrom(contentDirectory(), { includeDrafts: true });
const { lines, failed } = contentReport(loaded, strictContent());
for (const line of lines) console.error(`${line.level} ${line.text}`);
console.log(`${loaded.weeks.length} note(s) read, ${loaded.errors.length} error(s), ${loaded.warnings.length} warning(s).`);
process.exitCode = failed ? 1 : 0;
