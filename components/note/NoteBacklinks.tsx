import type { Backlink } from "@/lib/content/backlinks";
import { PAGE_DOM } from "@/lib/dom-contract";
import { sectionHref } from "@/lib/urls";

/** The linking notes in course order, each with its mentions in the order they appear. */
function byNote(backlinks: readonly Backlink[]): { slug: string; title: string; mentions: Backlink[] }[] {
  const groups: { slug: string; title: string; mentions: Backlink[] }[] = [];
  for (const backlink of backlinks) {
    const last = groups.at(-1);
    if (last?.slug === backlink.from.slug) last.mentions.push(backlink);
    else groups.push({ slug: backlink.from.slug, title: backlink.from.title, mentions: [backlink] });
  }
  return groups;
}

/** The sentence with the link's own words in bold, as plain text pieces (no HTML string). */
function Sentence({ backlink }: { backlink: Backlink }) {
  const pieces: { key: number; text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of backlink.marks) {
    if (start > at) pieces.push({ key: at, text: backlink.sentence.slice(at, start), marked: false });
    pieces.push({ key: start, text: backlink.sentence.slice(start, end), marked: true });
    at = end;
  }
  if (at < backlink.sentence.length) pieces.push({ key: at, text: backlink.sentence.slice(at), marked: false });
  return (
    <>
      {pieces.map((piece) =>
        piece.marked ? (
          <strong key={piece.key} className="font-semibold text-ink">
            {piece.text}
          </strong>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

/**
 * "이 노트를 언급한 노트": every other note that links to this one, with the
 * section and the sentence of each link, in course order. Server-rendered
 * plain links (no JavaScript); the link previews island reads them like the
 * note's own links (`data-link-previews`). Nothing is rendered when no note
 * links here.
 */
export function NoteBacklinks({ backlinks }: { backlinks: readonly Backlink[] }) {
  if (backlinks.length === 0) return null;
  return (
    <section
      aria-label="이 노트를 언급한 노트"
      {...{ [PAGE_DOM.linkPreviews]: "" }}
      className="no-print mt-16 max-w-[72ch] border-t border-line pt-6"
    >
      <h2 className="text-lg font-bold">이 노트를 언급한 노트</h2>
      <ul className="mt-4 space-y-5">
        {byNote(backlinks).map((group) => (
          <li key={group.slug}>
            <a href={sectionHref(group.slug)} className="font-semibold text-accent underline underline-offset-2">
              {group.title}
            </a>
            <ul className="mt-2 space-y-2 border-l-2 border-line pl-4 text-sm">
              {group.mentions.map((mention) => (
                <li key={`${mention.section?.id ?? ""}:${mention.sentence}`}>
                  {mention.section ? (
                    <a href={sectionHref(group.slug, mention.section.id)} className="text-xs text-muted underline underline-offset-2">
                      {mention.section.title}
                    </a>
                  ) : null}
                  <p className="text-muted">
                    <Sentence backlink={mention} />
                  </p>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
