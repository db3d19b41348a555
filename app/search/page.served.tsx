import type { Metadata } from "next";
import { readQuery, SearchPage } from "@/components/search/SearchPage";
import { getAllWeeks } from "@/lib/content";
import { siteSearch } from "@/lib/search/server";

/**
 * `/search?q=...` as `next start` serves it: a results page to share, and the
 * search of readers without JavaScript. It reads the query string, so Next
 * renders it per request on the server (the only page that is not
 * prerendered): results arrive as HTML, no script needed.
 *
 * `.served.tsx`: only `next start` builds use it; a static export has no server
 * to read the query and uses page.export.tsx (see next.config.ts).
 */

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = readQuery(await searchParams);
  return {
    title: query ? `‘${query}’ 검색` : "검색",
    description: "주차별 강의 노트 전체에서 한국어·영어로 검색합니다.",
    alternates: { canonical: "/search" },
    // Result pages are endless variations of one page: not for search engines' indexes.
    robots: query ? { index: false, follow: true } : null,
  };
}

export default async function SearchRoute({ searchParams }: Props) {
  const query = readQuery(await searchParams);
  const weeks = getAllWeeks();
  return <SearchPage query={query} weeks={weeks} search={query ? siteSearch(weeks) : null} />;
}
