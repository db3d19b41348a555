import type { EntryKind, LectureLabel } from "./types";

/** A label read off the start of a Contents item or heading, and the text after it. */
export type LabelledText = {
  label: LectureLabel | null;
  /** Text after the label, trimmed, with a `:`/`-` separator removed. */
  rest: string;
};

const lectureNumbers = String.raw`(\d+(?:\s*강)?(?:\s*[,~\-–]\s*\d+(?:\s*강)?)*)`;

/** Label forms authors write, most specific first. */
const labelPatterns: readonly { kind: LectureLabel["kind"]; pattern: RegExp }[] = [
  { kind: "special", pattern: /^\(\s*특강\s*(\d+)?\s*(?:강)?\s*\)/u },
  { kind: "practice", pattern: new RegExp(String.raw`^\(\s*${lectureNumbers}\s*강?\s*-\s*실습\s*\)`, "u") },
  { kind: "lecture", pattern: new RegExp(String.raw`^\(\s*${lectureNumbers}\s*강\s*\)`, "u") },
  { kind: "lecture", pattern: /^lecture\s*(\d+(?:\s*[,~\-–&]\s*\d+)*)(?=\s*[:\-–.)]|\s|$)/iu },
  { kind: "day", pattern: /^\[\s*day\s*(\d+)\s*\]/iu },
];

/** Read a lecture label such as `(2강)`, `(5강,6강)`, `(5~6강)`, `(특강 1강)`, `Lecture 3:` or `[Day 1]`. */
export function parseLabel(text: string): LabelledText {
  const trimmed = text.trim();
  for (const { kind, pattern } of labelPatterns) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const numbers = parseNumbers(match[1] ?? "");
    const rest = trimmed.slice(match[0].length).replace(/^\s*[:\-–.]?\s*/u, "").trim();
    return { label: { kind, numbers, text: match[0] }, rest };
  }
  return { label: null, rest: trimmed };
}

/** `5강,6강` -> [5, 6]; `5~7` -> [5, 6, 7]; duplicates removed, order kept. */
export function parseNumbers(text: string): number[] {
  const numbers: number[] = [];
  const add = (value: number) => {
    if (!numbers.includes(value)) numbers.push(value);
  };
  const groups = text.replace(/강/gu, "").split(/[,&]/u);
  for (const group of groups) {
    const range = /^\s*(\d+)\s*[~\-–]\s*(\d+)\s*$/u.exec(group);
    if (range) {
      const from = Number(range[1]);
      const to = Number(range[2]);
      // A reversed or huge range is a typo, not a hundred lectures.
      if (to >= from && to - from <= 20) {
        for (let value = from; value <= to; value += 1) add(value);
        continue;
      }
    }
    for (const digits of group.match(/\d+/gu) ?? []) add(Number(digits));
  }
  return numbers;
}

/** The public anchor id of a lecture label's first number (`lecture-2`, `lecture-5-practice`, `special-1`, `day-3`). */
export function labelId(kind: Exclude<EntryKind, "other">, number: number | undefined): string | null {
  if (number === undefined) return null;
  switch (kind) {
    case "lecture":
      return `lecture-${number}`;
    case "practice":
      return `lecture-${number}-practice`;
    case "special":
      return `special-${number}`;
    case "day":
      return `day-${number}`;
  }
}

/** `(특강 1강) 이활석 - 서비스 향 AI 모델 개발하기` -> speaker `이활석`, title the rest. */
export function splitSpeaker(rest: string): { speaker: string | null; title: string } {
  const match = /^([^\s\-–][^\-–]{0,20}?)\s+[-–]\s+(.+)$/u.exec(rest);
  if (!match?.[1] || !match[2]) return { speaker: null, title: rest };
  // A speaker is a short name, not a phrase: at most three words.
  if (match[1].trim().split(/\s+/u).length > 3) return { speaker: null, title: rest };
  return { speaker: match[1].trim(), title: match[2].trim() };
}
