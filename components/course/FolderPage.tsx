import { Breadcrumbs } from "@/components/toc/Breadcrumbs";
import { CourseTree } from "@/components/course/CourseTree";
import { type CourseFolder, type Crumb, readingOrder } from "@/lib/content/course";
import { sectionHref } from "@/lib/urls";

/** A folder's breadcrumb trail as links. */
export function trailLinks(crumbs: readonly Crumb[]): { label: string; href: string }[] {
  return crumbs.map((crumb) => ({ label: crumb.label, href: sectionHref(crumb.slug) }));
}

/** A folder's description: what it holds. */
export function folderDescription(folder: CourseFolder): string {
  const notes = readingOrder(folder);
  const titles = notes.slice(0, 3).map((week) => week.title);
  return `${folder.name}: 노트 ${notes.length}개${titles.length > 0 ? ` — ${titles.join(", ")}${notes.length > titles.length ? " 등" : ""}` : ""}`;
}

/** The page of a folder that has no introduction note: its path, its name and the notes it holds. */
export function FolderPage({ folder, crumbs }: { folder: CourseFolder; crumbs: readonly Crumb[] }) {
  return (
    <>
      <div className="no-print sticky top-14 z-20 -mx-4 -mt-8 mb-8 flex min-h-12 items-center gap-3 border-b border-line bg-page/95 px-4 py-2 backdrop-blur sm:-mx-6 sm:px-6">
        <Breadcrumbs trail={trailLinks(crumbs)} weekLabel={folder.name} crumbs={{}} />
      </div>
      <div className="mx-auto max-w-3xl">
        <header className="mb-8 border-b border-line pb-6">
          <h1 className="text-3xl font-extrabold leading-tight tracking-tight sm:text-4xl">{folder.name}</h1>
          <p className="mt-3 text-sm text-muted">{`노트 ${readingOrder(folder).length}개`}</p>
        </header>
        <CourseTree folder={folder} />
      </div>
    </>
  );
}

/** Under a note that introduces its folder: the folder's notes and sub-folders. */
export function FolderContents({ folder }: { folder: CourseFolder }) {
  if (folder.children.length === 0) return null;
  return (
    <section aria-labelledby="folder-contents-title" className="mt-16 max-w-[72ch] border-t border-line pt-6">
      <h2 id="folder-contents-title" className="mb-4 text-xl font-bold">
        {`이 폴더의 노트 (${readingOrder(folder).length - (folder.index ? 1 : 0)}개)`}
      </h2>
      <CourseTree folder={folder} />
    </section>
  );
}
