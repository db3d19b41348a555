"use client";

import { useActiveSection } from "./use-active-section";

type Props = {
  /** Sub-headings per TOC target id (only targets that have any). */
  outline: Record<string, { id: string; title: string; level: number }[]>;
};

/** "이 강의의 소제목": the headings inside the lecture being read, on wide screens. */
export function OnThisPage({ outline }: Props) {
  const active = useActiveSection();
  const headings = active ? outline[active] : undefined;
  if (!headings) return null;
  return (
    <nav aria-label="이 강의의 소제목" className="text-sm">
      <p className="mb-2 font-semibold text-ink">이 강의의 소제목</p>
      <ul className="space-y-1 border-l border-line">
        {headings.map((heading) => (
          <li key={heading.id} style={{ paddingLeft: `${heading.level * 0.75}rem` }}>
            <a href={`#${heading.id}`} className="-ml-px block border-l border-transparent py-0.5 pl-2 text-muted hover:border-accent hover:text-ink">
              {heading.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
