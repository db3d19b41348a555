import type { Entry } from "./types";

/** `(특강 1강) 서비스 향 AI 모델 개발하기 · 이활석`, as one line of text. */
export function entryHeading(entry: Entry): string {
  return [entry.label, entry.title].filter(Boolean).join(" ") + (entry.speaker ? ` · ${entry.speaker}` : "");
}
