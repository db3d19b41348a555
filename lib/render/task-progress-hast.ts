import type { Element } from "hast";
import { h } from "hastscript";
import { hastProperty, NOTE_DOM } from "./dom-contract";

/** "N개 중 M개 완료": the progress bar's value as words (the island writes the same). */
export function progressValueText(done: number, total: number): string {
  return `${total}개 중 ${done}개 완료`;
}

/** The bar's filled share as a CSS width. */
export function progressWidth(done: number, total: number): string {
  return `${total > 0 ? (done / total) * 100 : 0}%`;
}

/** The "✓ 완료" mark's text and classes (the island adds the same mark). */
export const COMPLETE_MARK = "✓ 완료";
export const COMPLETE_MARK_CLASS = "ml-1.5 font-semibold text-accent";

/**
 * A progress bar as static HTML, the markup components/tasks/TaskProgress
 * renders (role, name, value, the count as text, "✓ 완료" when all are done),
 * marked `data-task-progress` for the island that keeps it up to date.
 */
export function progressHast(label: string, done: number, total: number): Element {
  const complete = total > 0 && done === total;
  return h(
    "div",
    {
      className: ["task-progress", "flex", "items-center", "gap-2"],
      [hastProperty(NOTE_DOM.taskProgress)]: "",
      ...(complete ? { [hastProperty(NOTE_DOM.complete)]: "" } : {}),
    },
    [
      h(
        "div",
        {
          role: "progressbar",
          ariaLabel: label,
          ariaValueMin: 0,
          ariaValueMax: total,
          ariaValueNow: done,
          ariaValueText: progressValueText(done, total),
          className: ["h-2", "min-w-16", "flex-1", "overflow-hidden", "rounded-full", "bg-line"],
        },
        [h("div", { className: ["task-progress-fill", "h-full", "rounded-full", "bg-accent"], style: `width:${progressWidth(done, total)}` })],
      ),
      h("span", { className: ["shrink-0", "text-sm", "tabular-nums", "text-muted"] }, [
        h("span", { [hastProperty(NOTE_DOM.taskProgressCount)]: "" }, `${done}/${total}`),
        ...(complete ? [completeMark()] : []),
      ]),
    ],
  );
}

/** The "✓ 완료" mark after the count. */
export function completeMark(): Element {
  return h("span", { className: COMPLETE_MARK_CLASS.split(" ") }, COMPLETE_MARK);
}
