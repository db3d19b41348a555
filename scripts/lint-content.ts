/**
 * `npm run lint:content`: check every note in content/ (or CONTENT_DIR) without
 * building the site. Prints one `content/<file>.md:<line>:<col> <problem>` line
 * per problem and exits 1 when a note cannot be built.
 */
import { contentDirectory } from "../lib/content/index";
import { loadWeeksFrom } from "../lib/content/load";

const { weeks, warnings, errors } = loadWeeksFrom(contentDirectory(), { includeDrafts: true });
for (const warning of warnings) console.warn(`warning ${warning.message}`);
for (const error of errors) console.error(`error ${error.message}`);
console.log(`${weeks.length} note(s) read, ${errors.length} error(s), ${warnings.length} warning(s).`);
process.exitCode = errors.length > 0 ? 1 : 0;
