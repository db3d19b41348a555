import { IntentLink } from "@/components/site/IntentLink";
import { Highlighted, SnippetText } from "@/components/search/Highlighted";
import { tocTargets } from "@/lib/content/outline";
import type { Week } from "@/lib/content/types";
import { groupResults } from "@/lib/search/results";
import type { siteSearch } from "@/lib/search/server";
import { sectionHref, weekHref } from "@/lib/urls";

/** The site's search index and engine, built by the route (lib/search/server.ts). */
type SiteSearch = ReturnType<typeof siteSearch>;

/** Results the page lists at most. */
const LIMIT = 50;

export function readQuery(params: Record<string, string | string[] | undefined>): string {
  const value = params.q;
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").normalize("NFC").trim().slice(0, 200);
}

/**
 * The /search page: a plain GET form (works without JavaScript), then the
 * results for `query` or, without one, tips and every lecture. The route
 * loads the notes and passes them in: `weeks` for the list of lectures, and
 * `search` (the site's index and engine) when there is a query.
 */
export function SearchPage({ query, weeks, search }: { query: string; weeks: readonly Week[]; search: SiteSearch | null }) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-extrabold tracking-tight sm:text-4xl">검색</h1>
      <form action="/search" method="get" role="search" className="mt-6 flex gap-2">
        <label htmlFor="search-page-query" className="sr-only">
          검색어
        </label>
        <input
          id="search-page-query"
          type="search"
          name="q"
          defaultValue={query}
          placeholder='마스크, ㅁㅅㅋ, serving, "문제 정의"…'
          autoComplete="off"
          enterKeyHint="search"
          className="h-11 min-w-0 flex-1 rounded-md border border-line bg-page px-3 text-base text-ink placeholder:text-muted"
        />
        <button type="submit" className="h-11 rounded-md bg-accent px-5 font-semibold text-page hover:opacity-90">
          검색
        </button>
      </form>
      {query && search ? <Results query={query} search={search} /> : <Browse weeks={weeks} />}
    </div>
  );
}

function Results({ query, search }: { query: string; search: SiteSearch }) {
  const { built, engine } = search;
  const texts = (week: number) => built.texts[week];
  const outcome = engine.search(query, { limit: LIMIT, texts });
  const groups = groupResults(engine, outcome, texts);
  return (
    <div className="mt-8">
      <p className="text-sm text-muted">
        ‘{query}’ 검색 결과 {outcome.total}개{outcome.total > LIMIT ? ` 중 ${LIMIT}개` : ""}
      </p>
      {outcome.suggestion ? (
        <p className="mt-3">
          혹시{" "}
          <IntentLink
            href={`/search?q=${encodeURIComponent(outcome.suggestion.query)}`}
            className="font-semibold text-accent underline underline-offset-2"
          >
            {outcome.suggestion.query}
          </IntentLink>
          {outcome.suggestion.reason === "keyboard" ? " (한/영 전환)" : ""}을(를) 찾으셨나요?
        </p>
      ) : null}
      {outcome.total === 0 ? <Tips /> : null}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`result-group-${group.key.replace(":", "-")}`} className="mt-6">
          {group.firstOfWeek ? (
            <h2 className="mb-3 mt-10 border-b border-line pb-2 text-xl font-bold first:mt-0">
              {group.week.folder ? <span className="block text-sm font-normal text-muted">{group.week.folder}</span> : null}
              <IntentLink href={weekHref(group.week.slug)} className="hover:underline">
                {group.week.title}
              </IntentLink>
            </h2>
          ) : null}
          <h3 id={`result-group-${group.key.replace(":", "-")}`} className="text-base font-semibold">
            <IntentLink href={group.href} className="text-accent hover:underline">
              <Highlighted text={group.label} ranges={group.labelRanges} />
            </IntentLink>
          </h3>
          <ol className="mt-2 space-y-3">
            {group.items.map((item) => (
              <li key={item.doc} className="rounded-lg border border-line p-3">
                <IntentLink href={item.href} className="font-medium text-ink hover:underline">
                  <Highlighted text={item.title} ranges={item.titleRanges} />
                </IntentLink>
                {item.path ? <span className="ml-2 text-xs text-muted">{item.path}</span> : null}
                {item.snippet ? (
                  <p className="mt-1 text-sm text-muted">
                    <SnippetText snippet={item.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

/** No query yet (or a reader without JavaScript arriving from the header link): how to search, and every lecture. */
function Browse({ weeks }: { weeks: readonly Week[] }) {
  return (
    <div className="mt-8">
      <Tips />
      <h2 className="mt-10 text-xl font-bold">주차별 강의</h2>
      {weeks.length === 0 ? <p className="mt-3 text-muted">아직 노트가 없습니다.</p> : null}
      {weeks.map((week) => (
        <section key={week.slug} aria-labelledby={`browse-${week.slug}`} className="mt-6">
          <h3 id={`browse-${week.slug}`} className="font-semibold">
            <IntentLink href={weekHref(week.slug)} className="hover:underline">
              {week.title}
            </IntentLink>
          </h3>
          <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
            {tocTargets(week).map((target) => (
              <li key={target.id}>
                <IntentLink href={sectionHref(week.slug, target.id)} className="text-accent hover:underline">
                  {target.crumb}
                </IntentLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function Tips() {
  return (
    <div className="mt-6 rounded-lg border border-line bg-soft p-4 text-sm">
      <p className="font-semibold">검색 도움말</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
        <li>조사나 띄어쓰기가 달라도 찾습니다: 마스크 → 마스크를, 문제정의 → 문제 정의</li>
        <li>초성만 입력해도 됩니다: ㅁㅅㅋ → 마스크</li>
        <li>영어는 대소문자 구분 없이 앞부분만, 작은 오타도 찾습니다: strem → Streamlit</li>
        <li>정확한 구절은 따옴표로 묶으세요: &quot;batch serving&quot;</li>
        <li>어느 페이지에서나 Ctrl+K(⌘K) 또는 / 키로 검색 창을 열 수 있습니다.</li>
      </ul>
    </div>
  );
}
