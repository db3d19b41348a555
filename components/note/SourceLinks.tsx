import type { SourceLinks as Links } from "@/lib/content/source-links";

/** "원본 보기" and "수정 제안": the note's file at the built commit and the hosting site's editor. Nothing without a known repository. */
export function SourceLinks({ links }: { links: Links | null }) {
  if (links === null) return null;
  return (
    <p className="no-print mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      <a href={links.view} rel="noopener noreferrer" className="text-accent hover:underline">
        원본 보기
      </a>
      {links.edit ? (
        <a href={links.edit} rel="noopener noreferrer" className="text-accent hover:underline">
          수정 제안
        </a>
      ) : null}
    </p>
  );
}
