import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGitHistory } from "@/lib/content/git-history";

/*
 * A small repository with backdated commits, made in a temp folder: the
 * content root is its `notes/` folder, a note is renamed (and moved) on the
 * way, another is added later, and `notes/member/` is a repository of its own
 * (a study-group member's, as a submodule would be). Only local git runs.
 */
let work: string;

function git(directory: string, args: string[], date?: string): string {
  return execFileSync("git", ["-C", directory, ...args], {
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "학생",
      GIT_AUTHOR_EMAIL: "student@example.com",
      GIT_COMMITTER_NAME: "학생",
      GIT_COMMITTER_EMAIL: "student@example.com",
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
    },
    encoding: "utf8",
  });
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function commitAll(directory: string, message: string, date: string): void {
  git(directory, ["add", "-A"]);
  git(directory, ["commit", "-q", "-m", message], date);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "portal-git-history-"));
  const repo = path.join(work, "study");
  mkdirSync(repo);
  git(repo, ["init", "-q", "-b", "main"]);
  git(repo, ["remote", "add", "origin", "https://github.com/example/ai-study-notes.git"]);
  write(path.join(repo, "notes/week-1.md"), "# 1주차\n");
  write(path.join(repo, "README.md"), "# 저장소\n");
  commitAll(repo, "1주차", "2022-11-18T21:05:00+09:00");
  mkdirSync(path.join(repo, "notes/Week_1"));
  git(repo, ["mv", "notes/week-1.md", "notes/Week_1/README.md"]);
  commitAll(repo, "폴더로 옮김", "2022-11-25T10:00:00+09:00");
  write(path.join(repo, "notes/Week_1/README.md"), "# 1주차\n\n복습 추가\n");
  write(path.join(repo, "notes/2주차 정리.md"), "# 2주차\n");
  commitAll(repo, "복습, 2주차", "2022-12-01T09:30:00+09:00");
  write(path.join(repo, "notes/new.md"), "# 아직 커밋 안 함\n");

  const member = path.join(repo, "notes/member");
  mkdirSync(member);
  git(member, ["init", "-q", "-b", "study"]);
  write(path.join(member, "til.md"), "# TIL\n");
  commitAll(member, "til", "2023-01-02T08:00:00+09:00");
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe("readGitHistory", () => {
  it("gives each note its first and last commit dates, following a rename", () => {
    const history = readGitHistory(path.join(work, "study/notes"), ["Week_1/README.md", "2주차 정리.md"]);
    const week1 = history.notes.get("Week_1/README.md");
    expect(week1?.created?.iso).toBe("2022-11-18T21:05:00+09:00");
    expect(week1?.modified?.iso).toBe("2022-12-01T09:30:00+09:00");
    expect(week1?.pathInRepository).toBe("notes/Week_1/README.md");
    expect(week1?.committed).toBe(true);
    const week2 = history.notes.get("2주차 정리.md");
    expect([week2?.created?.iso, week2?.modified?.iso]).toEqual(["2022-12-01T09:30:00+09:00", "2022-12-01T09:30:00+09:00"]);
    expect(history.warning).toBeNull();
  });

  it("knows the repository: its commit, branch and origin", () => {
    const history = readGitHistory(path.join(work, "study/notes"), ["2주차 정리.md"]);
    const repository = history.notes.get("2주차 정리.md")?.repository;
    expect(repository?.head).toBe(git(path.join(work, "study"), ["rev-parse", "HEAD"]).trim());
    expect(repository?.branch).toBe("main");
    expect(repository?.origin).toBe("https://github.com/example/ai-study-notes.git");
    expect(repository?.shallow).toBe(false);
  });

  it("an uncommitted note has no dates and is not in the built commit", () => {
    const note = readGitHistory(path.join(work, "study/notes"), ["new.md"]).notes.get("new.md");
    expect(note).toMatchObject({ created: null, modified: null, committed: false, pathInRepository: "notes/new.md" });
  });

  it("reads a note inside a nested repository from that repository", () => {
    const note = readGitHistory(path.join(work, "study/notes"), ["member/til.md"]).notes.get("member/til.md");
    expect(note?.created?.iso).toBe("2023-01-02T08:00:00+09:00");
    expect(note?.pathInRepository).toBe("til.md");
    expect(note?.repository.branch).toBe("study");
    expect(note?.repository.origin).toBeNull();
  });

  it("outside any repository: no history and one warning", () => {
    const plain = path.join(work, "plain");
    write(path.join(plain, "a.md"), "# a\n");
    write(path.join(plain, "b.md"), "# b\n");
    // GIT_CEILING_DIRECTORIES keeps git from finding a repository above the temp folder.
    const previous = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = work;
    try {
      const history = readGitHistory(plain, ["a.md", "b.md"], (directory, args) => {
        try {
          return execFileSync("git", ["-C", directory, ...args], { env: { ...process.env, GIT_CEILING_DIRECTORIES: work }, stdio: ["ignore", "pipe", "ignore"] });
        } catch {
          return null;
        }
      });
      expect(history.notes.size).toBe(0);
      expect(history.warning).toBe("note dates: plain is not in a git repository (or git is not installed); notes without history use their front matter dates");
    } finally {
      if (previous === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = previous;
    }
  });

  it("a shallow clone uses the history it has, with one warning", () => {
    const clone = path.join(work, "clone");
    execFileSync("git", ["clone", "-q", "--depth", "1", `file://${path.join(work, "study")}`, clone]);
    const history = readGitHistory(path.join(clone, "notes"), ["Week_1/README.md", "2주차 정리.md"]);
    // The one commit the clone has is the last one: it is both dates.
    expect(history.notes.get("Week_1/README.md")?.created?.iso).toBe("2022-12-01T09:30:00+09:00");
    expect(history.warning).toMatch(/^note dates: notes is a shallow clone; `git fetch --unshallow` gives the dates of the first commits;/u);
  });
});
