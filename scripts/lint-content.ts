/**
 * `npm run lint:content`: check every note in content/ (or CONTENT_DIR) without
 * building the site. Prints one `content/<file>.md:<line>:<col> <problem>` line
 * per problem (the build's errors and warnings, then authoring hints such as a
 * Contents entry without notes or an image without alt text) and exits 1 when
 * a note cannot be built (or, with STRICT_CONTENT=1, when the build would warn).
 * Before them, one `info` line per dialect construct read (an Obsidian wiki
 * link, a Jekyll Liquid tag, a Hugo shortcode) and how it was rendered.
 */
import { authoringWarnings } from "../lib/content/authoring";
import { contentDirectory } from "../lib/content/index";
import { loadWeeksFrom } from "../lib/content/load";
import { readGitHistory } from "../lib/content/git-history";
import { contentReport, strictContent } from "../lib/content/report";

const directory = contentDirectory();
const loaded = loadWeeksFrom(directory, { includeDrafts: true });
const hints = loaded.weeks.flatMap((week) => authoringWarnings(week));
const { lines, failed } = contentReport(loaded, strictContent(), hints);
// What the portal understood of other tools' dialects (a wiki link, a Liquid tag), so an author can check it.
for (const construct of loaded.handled) console.log(`info ${construct.message}`);
for (const line of lines) console.error(`${line.level} ${line.text}`);
// Dates come from git: outside a checkout, or in a shallow clone, one line says what the notes fall back to.
const history = readGitHistory(
  directory,
  loaded.weeks.map((week) => week.path),
);
if (history.warning) console.error(`warning ${history.warning}`);
console.log(`${loaded.weeks.length} note(s) read, ${loaded.errors.length} error(s), ${loaded.warnings.length + hints.length} warning(s).`);
process.exitCode = failed ? 1 : 0;
