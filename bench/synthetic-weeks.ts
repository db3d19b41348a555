/**
 * Synthetic week notes for the search benchmark, made deterministically from
 * the structure of Week 8: same headings, lists, code, images and Contents,
 * with a quarter of the words swapped for other words of the note and a few
 * words new to each week, so vocabulary grows with the weeks the way a real
 * course's does (slowly) instead of staying fixed or exploding.
 */

/** A small seeded generator (mulberry32): the same seed gives the same notes on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORD = /[가-힣]+|[A-Za-z]+/gu;
const SYLLABLES = [..."가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후"];

/** Lines that carry structure the model reads (labels, front matter, code, HTML, URLs): kept as they are. */
function keepLine(line: string): boolean {
  return /^\s*(?:---|```|<|title:|week:|description:)/u.test(line) || /\(\s*(?:특강\s*)?\d+\s*강|https?:/u.test(line);
}

/** `count` notes (`week-001` ...), each a Markdown string with front matter. */
export function syntheticWeeks(source: string, count: number): { slug: string; markdown: string }[] {
  const vocabulary = { hangul: new Set<string>(), latin: new Set<string>() };
  for (const word of source.match(WORD) ?? []) vocabulary[/[가-힣]/u.test(word) ? "hangul" : "latin"].add(word);
  const hangul = [...vocabulary.hangul].sort();
  const latin = [...vocabulary.latin].sort();
  const body = source.replace(/^---\n[\s\S]*?\n---\n/u, "").replace(/^# .*$/mu, "");

  return Array.from({ length: count }, (_, index) => {
    const number = index + 1;
    const next = random(number * 7919);
    const pick = <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("synthetic weeks: nothing to pick from");
      return item;
    };
    const fresh = (latinWord: boolean) =>
      latinWord
        ? `${pick(latin).toLowerCase()}${number}${String.fromCharCode(97 + Math.floor(next() * 26))}`
        : Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join("");
    const lines = body.split("\n").map((line) => {
      if (keepLine(line)) return line;
      return line.replace(WORD, (word) => {
        const roll = next();
        const isLatin = !/[가-힣]/u.test(word);
        if (roll < 0.03) return fresh(isLatin);
        if (roll < 0.28) return pick(isLatin ? latin : hangul);
        return word;
      });
    });
    const slug = `week-${String(number).padStart(3, "0")}`;
    const title = `Week ${number} : 합성 노트 ${number}`;
    const markdown = `---\ntitle: "${title}"\nweek: ${number}\ndescription: 검색 벤치마크용 합성 노트 ${number}\n---\n# ${title}\n${lines.join("\n")}`;
    return { slug, markdown };
  });
}
