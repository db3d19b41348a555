import { type TagKey, tagKey } from "@/lib/content/tags";
import { tagHref } from "@/lib/urls";

/** A row of tag links (`#mlops`): under a note's title, on the home page and on the tags page. Plain links, no JavaScript. */
export function TagList({
  tags,
  label,
  counts,
  className = "",
}: {
  tags: readonly { key: TagKey; label: string; count?: number }[];
  label: string;
  counts?: boolean;
  className?: string;
}) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className={`flex flex-wrap gap-2 ${className}`}>
      {tags.map((tag) => (
        <li key={tag.key}>
          <a
            href={tagHref(tag.key)}
            className="inline-flex items-center gap-1 rounded-full border border-line bg-soft px-3 py-1 text-sm text-ink hover:border-accent hover:text-accent"
          >
            <span aria-hidden="true" className="text-muted">
              #
            </span>
            {tag.label}
            {counts && tag.count !== undefined ? (
              <span className="text-xs text-muted">
                {` ${tag.count}`}
                <span className="sr-only">개 노트</span>
              </span>
            ) : null}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A note's tags, as written, with their keys. */
export function noteTagItems(tags: readonly string[]): { key: TagKey; label: string }[] {
  return tags.flatMap((label) => {
    const key = tagKey(label);
    return key === null ? [] : [{ key, label }];
  });
}
