import type { Metadata } from "next";
import { TagList } from "@/components/note-meta/TagList";
import { getAllWeeks } from "@/lib/content";
import { buildTagIndex, compareKeys } from "@/lib/content/tags";

export const metadata: Metadata = {
  title: "태그",
  description: "노트에 붙은 모든 태그와 태그별 노트 수를 봅니다.",
  alternates: { canonical: "/tags" },
};

/** Every tag of the notes, by name, with how many notes carry it (nested tags count their children's notes). */
export default function TagsPage() {
  const tags = buildTagIndex(getAllWeeks()).sort((a, b) => compareKeys(a.key, b.key));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">태그</h1>
      {tags.length === 0 ? (
        <p className="mt-3 text-muted">아직 태그가 붙은 노트가 없습니다. 노트의 front matter에 <code>tags:</code>를 쓰거나 본문에 <code>#태그</code>를 쓰세요.</p>
      ) : (
        <>
          <p className="mt-3 text-muted">{`태그 ${tags.length}개`}</p>
          <TagList
            tags={tags.map((tag) => ({ key: tag.key, label: tag.label, count: tag.weeks.length }))}
            label="모든 태그"
            counts
            className="mt-8"
          />
        </>
      )}
    </div>
  );
}
