"use client";

import Link from "next/link";
import { type Ref, useDeferredValue, useEffect, useImperativeHandle, useMemo, useRef, useState } from "react";
import type { SearchEngine } from "@/lib/search/engine";
import type { WeekTextsData } from "@/lib/search/format";
import { groupResults } from "@/lib/search/results";
import { Highlighted, SnippetText } from "./Highlighted";
import { loadEngine, loadTexts } from "./search-data";

/** What the dialog's input asks of the list: arrow keys and Enter. */
export type ResultsHandle = {
  /** Moves the active option by one (wrapping). */
  move(step: 1 | -1): void;
  /** The active option's link, or null when there is none. */
  activeHref(): string | null;
};

type Props = {
  query: string;
  ref: Ref<ResultsHandle>;
  /** The listbox's id, which the input's aria-controls names; its options' and groups' ids start with it. */
  listboxId: string;
  /** Id of the active option, for the input's aria-activedescendant. */
  onActiveChange: (id: string | null) => void;
  /** A result was chosen (Enter or click). */
  onNavigate: (href: string) => void;
  /** A suggestion was chosen: search for it instead. */
  onQuery: (query: string) => void;
};

/** How many results the dialog lists; the /search page lists more. */
const LIMIT = 30;

/** Weeks whose texts the dialog fetches to check a quoted phrase; the /search page checks them all. */
const PHRASE_WEEKS = 12;

/** Starts loading the index ahead of the first keystroke (hover or focus on the search button). */
export function preloadSearch(): void {
  void loadEngine().catch(() => undefined);
}

/**
 * The dialog's result list, loaded on first open with the engine and the
 * index: grouped by week and lecture, highlighted snippets, a listbox whose
 * active option the input names (aria-activedescendant) while focus stays in it.
 */
export default function SearchResults({ query, ref, listboxId, onActiveChange, onNavigate, onQuery }: Props) {
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const [texts, setTexts] = useState<ReadonlyMap<number, WeekTextsData>>(new Map());
  const [active, setActive] = useState({ query: "", index: 0 });
  const requested = useRef(new Set<number>());
  const deferred = useDeferredValue(query);

  useEffect(() => {
    let live = true;
    loadEngine().then(
      (loaded) => live && setEngine(loaded),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const outcome = useMemo(
    () => (engine && deferred.trim() ? engine.search(deferred, { limit: LIMIT, texts: (week) => texts.get(week) }) : null),
    [engine, deferred, texts],
  );
  const groups = useMemo(() => (engine && outcome ? groupResults(engine, outcome, (week) => texts.get(week)) : []), [engine, outcome, texts]);
  const items = groups.flatMap((group) => group.items);
  const activeIndex = active.query === deferred && active.index < items.length ? active.index : 0;
  const activeItem = items[activeIndex];

  // Texts of the weeks on screen (snippets) and of weeks whose phrase checks wait for them.
  useEffect(() => {
    if (!engine || !outcome) return;
    const weeks = new Set([...outcome.pending.slice(0, PHRASE_WEEKS), ...outcome.hits.map((hit) => engine.doc(hit.doc).weekIndex)]);
    for (const week of weeks) {
      const slug = engine.data.weeks[week]?.slug;
      if (slug === undefined || requested.current.has(week)) continue;
      requested.current.add(week);
      loadTexts(slug).then(
        (loaded) => setTexts((previous) => new Map(previous).set(week, loaded)),
        () => requested.current.delete(week),
      );
    }
  }, [engine, outcome]);

  const optionId = (doc: number) => `${listboxId}-option-${doc}`;
  const activeId = activeItem ? optionId(activeItem.doc) : null;
  useEffect(() => {
    onActiveChange(activeId);
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: "nearest" });
  }, [activeId, onActiveChange]);
  useEffect(() => () => onActiveChange(null), [onActiveChange]);

  useImperativeHandle(
    ref,
    () => ({
      move(step) {
        if (items.length === 0) return;
        setActive({ query: deferred, index: (activeIndex + step + items.length) % items.length });
      },
      activeHref() {
        return activeItem?.href ?? null;
      },
    }),
    [items.length, activeIndex, activeItem, deferred],
  );

  if (failed) {
    return (
      <p role="status" className="px-4 py-6 text-sm text-muted">
        검색 색인을 불러오지 못했습니다. 연결을 확인한 뒤 다시 열어 주세요.
      </p>
    );
  }
  if (!deferred.trim()) return <Tips />;
  if (!engine || !outcome) {
    return (
      <p role="status" className="px-4 py-6 text-sm text-muted">
        검색 준비 중…
      </p>
    );
  }

  // A phrase is checked against the texts of the most promising weeks only; the page checks every week.
  const waiting = outcome.pending.slice(0, PHRASE_WEEKS).some((week) => !texts.has(week));
  const unchecked = !waiting && outcome.pending.length > 0;
  const status = waiting
    ? "따옴표 구절을 확인하는 중…"
    : outcome.total === 0 && !unchecked
      ? "결과가 없습니다."
      : `결과 ${outcome.total}개${outcome.total > items.length ? ` 중 ${items.length}개 표시` : ""}${unchecked ? " (나머지 주차는 결과 페이지에서 확인)" : ""}`;

  return (
    <div>
      <p role="status" className="px-4 pt-3 text-xs text-muted">
        {status}
      </p>
      {outcome.suggestion ? (
        <p className="px-4 pt-2 text-sm">
          혹시{" "}
          <button
            type="button"
            onClick={() => outcome.suggestion && onQuery(outcome.suggestion.query)}
            className="rounded font-semibold text-accent underline underline-offset-2"
          >
            {outcome.suggestion.query}
          </button>
          {outcome.suggestion.reason === "keyboard" ? " (한/영 전환)" : ""}을(를) 찾으셨나요?
        </p>
      ) : null}
      {items.length > 0 ? (
        <div role="listbox" id={listboxId} aria-label="검색 결과" className="px-2 pb-2">
          {groups.map((group) => {
            const labelId = `${listboxId}-group-${group.key.replace(":", "-")}`;
            return (
              <div key={group.key} role="group" aria-labelledby={labelId} className="mt-2">
                <div id={labelId} className="px-2 pb-1 pt-2 text-xs font-semibold text-muted">
                  {group.firstOfWeek ? (
                    <span className="mr-1 text-ink">
                      {group.week.folder ? <span className="text-muted">{`${group.week.folder} › `}</span> : null}
                      {group.week.label} ·
                    </span>
                  ) : null}
                  <Highlighted text={group.label} ranges={group.labelRanges} />
                </div>
                {group.items.map((item) => {
                  const index = items.indexOf(item);
                  const selected = index === activeIndex;
                  return (
                    <Link
                      key={item.doc}
                      id={optionId(item.doc)}
                      role="option"
                      aria-selected={selected}
                      tabIndex={-1}
                      href={item.href}
                      prefetch={false}
                      onMouseMove={() => !selected && setActive({ query: deferred, index })}
                      onClick={(event) => {
                        if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
                        event.preventDefault();
                        onNavigate(item.href);
                      }}
                      className="block rounded-md px-3 py-2 text-ink aria-selected:bg-soft aria-selected:shadow-[inset_3px_0_0_var(--color-accent)]"
                    >
                      <span className="block font-medium">
                        <Highlighted text={item.title} ranges={item.titleRanges} />
                        {item.path ? <span className="ml-2 text-xs font-normal text-muted">{item.path}</span> : null}
                      </span>
                      {item.snippet ? (
                        <span className="mt-0.5 line-clamp-2 text-sm text-muted">
                          <SnippetText snippet={item.snippet} />
                        </span>
                      ) : null}
                    </Link>
                  );
                })}
              </div>
            );
          })}
        </div>
      ) : null}
    </div>
  );
}

/** What to type, shown before the first keystroke. */
function Tips() {
  return (
    <div className="px-4 py-5 text-sm text-muted">
      <p className="font-semibold text-ink">이렇게 찾을 수 있어요</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        <li>조사가 붙어도: 마스크 → 마스크를, 문제 정의 → 문제정의</li>
        <li>초성만: ㅁㅅㅋ → 마스크</li>
        <li>영어는 앞부분·오타도: strem → Streamlit</li>
        <li>따옴표로 정확한 구절: &quot;batch serving&quot;</li>
      </ul>
    </div>
  );
}
