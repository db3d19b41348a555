import type { NoteHistory, Repository } from "./git-history";

/**
 * Links from a note to its source: "원본 보기" (the file at the commit the
 * site was built from) and "수정 제안" (the hosting site's editor on the
 * branch). Pure: the repository facts come from lib/content/git-history.ts.
 */

/** A repository's web address on a host whose URL layout the portal knows. */
export type RepositoryWeb = { host: "github" | "gitlab"; base: string };

/** A note's links to its source; `edit` is null when no branch is known. */
export type SourceLinks = { view: string; edit: string | null };

/**
 * A repository's web address from `REPO_URL` or a remote URL: `https://…`,
 * `git@host:owner/name.git` or `ssh://git@host/owner/name.git`, `.git` and
 * credentials dropped (a CI remote may hold a token; it never reaches a page).
 * `REPO_URL` may name any host (GitLab when its name says so, else GitHub's
 * layout, which Gitea and Forgejo share); a detected remote only GitHub or GitLab.
 */
export function repositoryWeb(url: string, source: "setting" | "remote"): RepositoryWeb | null {
  const scp = /^[\w.-]+@([\w.-]+):(.+)$/u.exec(url.trim());
  let host: string;
  let pathname: string;
  if (scp) {
    host = scp[1] ?? "";
    pathname = scp[2] ?? "";
  } else {
    let parsed: URL;
    try {
      parsed = new URL(url.trim());
    } catch {
      return null;
    }
    if (!["https:", "http:", "ssh:", "git:"].includes(parsed.protocol)) return null;
    host = parsed.hostname;
    pathname = parsed.pathname;
  }
  const segments = pathname.replace(/\.git\/?$/u, "").split("/").filter(Boolean);
  if (segments.length < 2 || host === "") return null;
  const lowerHost = host.toLowerCase();
  const gitlab = lowerHost === "gitlab.com" || lowerHost.startsWith("gitlab.");
  if (source === "remote" && !gitlab && lowerHost !== "github.com") return null;
  return { host: gitlab ? "gitlab" : "github", base: `https://${lowerHost}/${segments.join("/")}` };
}

/** The web address of a note's repository: REPO_URL for the content root's repository, else its `origin` when that is GitHub or GitLab. */
export function webOf(repository: Repository, rootRepository: Repository | null, repoUrl: string | undefined): RepositoryWeb | null {
  if (repoUrl && rootRepository !== null && repository.root === rootRepository.root) return repositoryWeb(repoUrl, "setting");
  return repository.origin === null ? null : repositoryWeb(repository.origin, "remote");
}

/** A path or branch as URL path segments, each percent-encoded (Korean names, spaces). */
function encodedPath(value: string): string {
  return value.split("/").map(encodeURIComponent).join("/");
}

/**
 * The note's source links, or null when there is nothing to link: no known
 * repository address, no commit, or a note not in the built commit (its page
 * on the host would not exist). `branch` overrides the checked-out branch
 * (REPO_BRANCH; a CI checkout is a detached HEAD).
 */
export function sourceLinks(note: NoteHistory, web: RepositoryWeb | null, branch?: string): SourceLinks | null {
  const { head } = note.repository;
  if (web === null || head === null || !note.committed) return null;
  const separator = web.host === "gitlab" ? "/-" : "";
  const file = encodedPath(note.pathInRepository);
  const editBranch = branch || note.repository.branch || note.repository.originBranch;
  return {
    view: `${web.base}${separator}/blob/${head}/${file}`,
    edit: editBranch ? `${web.base}${separator}/edit/${encodedPath(editBranch)}/${file}` : null,
  };
}
