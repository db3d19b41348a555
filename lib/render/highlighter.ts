import { createHighlighter, type Highlighter } from "shiki";

/** Themes of code blocks; the dark one applies under `[data-theme=dark]`. */
export const codeThemes = { light: "github-light", dark: "github-dark-default" } as const;

/** Languages notes use; anything else renders as plain code. */
export const codeLanguages = [
  "python",
  "bash",
  "shellscript",
  "yaml",
  "json",
  "jsonc",
  "typescript",
  "javascript",
  "tsx",
  "jsx",
  "dockerfile",
  "html",
  "css",
  "sql",
  "diff",
  "markdown",
  "toml",
  "ini",
  "c",
  "cpp",
  "java",
  "go",
  "rust",
] as const;

let highlighter: Promise<Highlighter> | null = null;

/** One Shiki highlighter per process: loading grammars is the slow part. */
export function getHighlighter(): Promise<Highlighter> {
  highlighter ??= createHighlighter({ themes: Object.values(codeThemes), langs: [...codeLanguages] });
  return highlighter;
}
