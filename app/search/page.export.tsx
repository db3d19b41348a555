import type { Metadata } from "next";
import { OpenSearchFromQuery } from "@/components/search/OpenSearchFromQuery";
import { SearchPage } from "@/components/search/SearchPage";
import { getAllWeeks } from "@/lib/content";

/**
 * `/search` in a static export (`npm run export`): no server reads `?q=`, so
 * the page is the tips and lecture list, and a query in the address opens
 * the search dialog with its results. `next start` builds use page.served.tsx.
 */

export const metadata: Metadata = {
  title: "검색",
  description: "주차별 강의 노트 전체에서 한국어·영어로 검색합니다.",
  alternates: { canonical: "/search" },
};

export default function StaticSearchRoute() {
  return (
    <>
      <SearchPage query="" weeks={getAllWeeks()} search={null} />
      <OpenSearchFromQuery />
    </>
  );
}
