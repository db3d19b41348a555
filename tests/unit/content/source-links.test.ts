import { describe, expect, it } from "vitest";
import type { NoteHistory, Repository } from "@/lib/content/git-history";
import { repositoryWeb, sourceLinks, webOf } from "@/lib/content/source-links";

const repository: Repository = {
  root: "/srv/study",
  head: "0123456789abcdef0123456789abcdef01234567",
  branch: "main",
  originBranch: null,
  origin: null,
  shallow: false,
};
const note: NoteHistory = { created: null, modified: null, repository, pathInRepository: "notes/Week 8/강의 정리.md", committed: true };

describe("repositoryWeb", () => {
  it.each<[string, "setting" | "remote", string | null, "github" | "gitlab" | null]>([
    ["https://github.com/example/ai-study-notes", "setting", "https://github.com/example/ai-study-notes", "github"],
    ["https://github.com/example/ai-study-notes.git", "remote", "https://github.com/example/ai-study-notes", "github"],
    ["git@github.com:example/ai-study-notes.git", "remote", "https://github.com/example/ai-study-notes", "github"],
    ["ssh://git@github.com/example/ai-study-notes.git", "remote", "https://github.com/example/ai-study-notes", "github"],
    // A CI remote with a token: the token never reaches a page.
    ["https://x-access-token:ghs_secret@github.com/example/notes.git", "remote", "https://github.com/example/notes", "github"],
    ["https://gitlab.com/group/sub/notes.git", "remote", "https://gitlab.com/group/sub/notes", "gitlab"],
    ["https://git.example.com/owner/notes", "setting", "https://git.example.com/owner/notes", "github"],
    ["https://git.example.com/owner/notes", "remote", null, null],
    ["/srv/git/notes.git", "remote", null, null],
    ["https://github.com/example", "setting", null, null],
  ])("%s (%s)", (url, source, base, host) => {
    const web = repositoryWeb(url, source);
    expect(web?.base ?? null).toBe(base);
    expect(web?.host ?? null).toBe(host);
  });
});

describe("sourceLinks", () => {
  it("GitHub: the file at the built commit and the editor on the branch, segments encoded", () => {
    expect(sourceLinks(note, { host: "github", base: "https://github.com/example/notes" })).toEqual({
      view: "https://github.com/example/notes/blob/0123456789abcdef0123456789abcdef01234567/notes/Week%208/%EA%B0%95%EC%9D%98%20%EC%A0%95%EB%A6%AC.md",
      edit: "https://github.com/example/notes/edit/main/notes/Week%208/%EA%B0%95%EC%9D%98%20%EC%A0%95%EB%A6%AC.md",
    });
  });

  it("GitLab: /-/blob and /-/edit; REPO_BRANCH wins over the checkout's branch", () => {
    const links = sourceLinks(note, { host: "gitlab", base: "https://gitlab.com/group/notes" }, "feature/week-8");
    expect(links?.view).toMatch(/^https:\/\/gitlab\.com\/group\/notes\/-\/blob\/0123456789abcdef0123456789abcdef01234567\/notes\/Week%208\//u);
    expect(links?.edit).toMatch(/^https:\/\/gitlab\.com\/group\/notes\/-\/edit\/feature\/week-8\/notes\/Week%208\//u);
  });

  it("a detached HEAD edits on origin's default branch, or offers no edit link", () => {
    const detached = { ...note, repository: { ...repository, branch: null, originBranch: "master" } };
    expect(sourceLinks(detached, { host: "github", base: "https://github.com/e/n" })?.edit).toMatch(/\/edit\/master\//u);
    const unknown = { ...note, repository: { ...repository, branch: null } };
    expect(sourceLinks(unknown, { host: "github", base: "https://github.com/e/n" })?.edit).toBeNull();
  });

  it("no links without an address, a commit, or a committed file", () => {
    const web = { host: "github" as const, base: "https://github.com/e/n" };
    expect(sourceLinks(note, null)).toBeNull();
    expect(sourceLinks({ ...note, repository: { ...repository, head: null } }, web)).toBeNull();
    expect(sourceLinks({ ...note, committed: false }, web)).toBeNull();
  });
});

describe("webOf", () => {
  const member: Repository = { ...repository, root: "/srv/study/notes/member", origin: "git@github.com:member/til.git" };
  it("REPO_URL names the content root's repository; a nested one keeps its own origin", () => {
    expect(webOf(repository, repository, "https://github.com/example/notes")?.base).toBe("https://github.com/example/notes");
    expect(webOf(member, repository, "https://github.com/example/notes")?.base).toBe("https://github.com/member/til");
    expect(webOf(repository, repository, undefined)).toBeNull();
  });
});
