import { getAllWeeks, contentDirectory } from "./index";
import { type GitHistory, readGitHistory } from "./git-history";
import { type NoteDates, noteDates } from "./note-dates";
import { type SourceLinks, sourceLinks, webOf } from "./source-links";
import type { Week } from "./types";

/*
 * The notes' git history for the pages, read once per build process (git runs
 * once per repository, not per page). In `npm run dev` it is read again when
 * the set of notes changes; new commits show after a restart.
 */
let cache: { key: string; history: GitHistory } | null = null;

/** The history of every note of the site. */
export function getGitHistory(): GitHistory {
  const directory = contentDirectory();
  const paths = getAllWeeks().map((week) => week.path);
  const key = `${directory}\u0000${paths.join("\u0000")}`;
  if (cache?.key !== key) cache = { key, history: readGitHistory(directory, paths) };
  return cache.history;
}

/** The dates a note's page, feed entry and sitemap entry show. */
export function getNoteDates(week: Week): NoteDates {
  return noteDates(week, getGitHistory().notes.get(week.path));
}

/** "원본 보기" and "수정 제안" for a note, or null without a known repository address (REPO_URL or a GitHub/GitLab origin). */
export function getSourceLinks(week: Week): SourceLinks | null {
  const history = getGitHistory();
  const note = history.notes.get(week.path);
  if (!note) return null;
  return sourceLinks(note, webOf(note.repository, history.rootRepository, process.env.REPO_URL), process.env.REPO_BRANCH);
}
