import { buildSearch } from "@/lib/search/build";
import { SearchEngine, type SearchOutcome } from "@/lib/search/engine";
import { parseSearchIndex } from "@/lib/search/format";
import type { Week } from "@/lib/content/types";
import { loadWeek8, weekFrom } from "../helpers";

/**
 * A small note of our own: particles on every noun, a lecture and an
 * incidental mention of the same word, a sub-section, code, nouns ending in
 * syllables that are also particles (정확도, 고양이), a compound written
 * without a space (문제정의가).
 */
export const FIXTURE = `---
title: "Week 3 : 검색 픽스처"
week: 3
---
# Week 3 : 검색 픽스처

## Contents

- Course
    - (1강) 서울 여행 계획
        - 서울은 어디부터 볼까 정리하기
    - (2강) React Hooks
    - (3강) 데이터 시각화

## Course

### (1강) 서울 여행 계획

서울은 볼거리가 많다. 경복궁에서 시작한다.

#### 준비물

카메라와 우산을 챙긴다.

### (2강) React Hooks

useState와 useEffect를 배운다. React 컴포넌트는 함수다.

\`\`\`js
const [count, setCount] = useState(0);
\`\`\`

### (3강) 데이터 시각화

정확도와 유사도를 그래프로 그린다. 문제정의가 먼저다.
그래프는 matplotlib로 그린다.

## 잡담

오늘은 react 이야기를 조금 했다. 고양이가 귀엽다.
`;

/** An engine over some weeks, loaded the way the browser loads it (JSON round trip, validation), with texts at hand. */
export function engineFor(weeks: readonly Week[]) {
  const built = buildSearch(weeks);
  const engine = new SearchEngine(parseSearchIndex(JSON.parse(JSON.stringify(built.index))));
  const texts = (week: number) => built.texts[week];
  const search = (query: string): SearchOutcome => engine.search(query, { texts });
  /** Anchor ids of the results, best first, as `<week slug>#<id>`. */
  const ids = (query: string): string[] =>
    search(query).hits.map((hit) => {
      const doc = engine.doc(hit.doc);
      return `${doc.week.slug}#${doc.id}`;
    });
  return { built, engine, texts, search, ids };
}

let shared: ReturnType<typeof engineFor> | null = null;

/** Week 8 and the fixture, in one index. */
export function sharedEngine(): ReturnType<typeof engineFor> {
  shared ??= engineFor([loadWeek8(), weekFrom(FIXTURE, "week-03")]);
  return shared;
}
