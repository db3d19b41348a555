/**
 * The one home of callout types: Obsidian's thirteen kinds with their aliases
 * (help.obsidian.md "Callouts"), and GitHub's five alerts, which are names in
 * the same table. Each name has the Korean title it gets when the author wrote
 * none and the kind (colour and icon) it is drawn with. In Obsidian
 * `important` is a tip and `caution` a warning; GitHub draws them apart, so
 * they keep their own kind here.
 */
export const calloutTypes = {
  note: { kind: "note", title: "참고" },
  abstract: { kind: "abstract", title: "요약" },
  summary: { kind: "abstract", title: "요약" },
  tldr: { kind: "abstract", title: "요약" },
  info: { kind: "info", title: "정보" },
  todo: { kind: "todo", title: "할 일" },
  tip: { kind: "tip", title: "팁" },
  hint: { kind: "tip", title: "힌트" },
  important: { kind: "important", title: "중요" },
  success: { kind: "success", title: "성공" },
  check: { kind: "success", title: "확인" },
  done: { kind: "success", title: "완료" },
  question: { kind: "question", title: "질문" },
  help: { kind: "question", title: "도움말" },
  faq: { kind: "question", title: "자주 묻는 질문" },
  warning: { kind: "warning", title: "경고" },
  caution: { kind: "caution", title: "주의" },
  attention: { kind: "warning", title: "주의" },
  failure: { kind: "failure", title: "실패" },
  fail: { kind: "failure", title: "실패" },
  missing: { kind: "failure", title: "없음" },
  danger: { kind: "danger", title: "위험" },
  error: { kind: "danger", title: "오류" },
  bug: { kind: "bug", title: "버그" },
  example: { kind: "example", title: "예시" },
  quote: { kind: "quote", title: "인용" },
  cite: { kind: "quote", title: "인용" },
} as const satisfies Record<string, { kind: string; title: string }>;

export type CalloutType = keyof typeof calloutTypes;

/** How a callout is drawn: one of the kinds above, or `custom` for a type Obsidian does not define. */
export type CalloutKind = (typeof calloutTypes)[CalloutType]["kind"] | "custom";

/** GitHub's five alert types, the only ones GitHub renders. */
export const githubAlertTypes = ["note", "tip", "important", "warning", "caution"] as const;

export type GithubAlertType = (typeof githubAlertTypes)[number];

/** A type name as written (`TIP`, `Faq`, `my-type`) -> its table entry, or null for a custom type. */
export function calloutType(name: string): { type: CalloutType; kind: CalloutKind; title: string } | null {
  const type = name.toLowerCase();
  if (!isCalloutType(type)) return null;
  return { type, ...calloutTypes[type] };
}

export function isGithubAlertType(name: string): name is GithubAlertType {
  return (githubAlertTypes as readonly string[]).includes(name);
}

function isCalloutType(name: string): name is CalloutType {
  return Object.hasOwn(calloutTypes, name);
}
