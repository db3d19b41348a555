import type { Element } from "hast";
import { h } from "hastscript";
import { COMPLETE_MARK, COMPLETE_MARK_CLASS, hastProperty, isComplete, NOTE_DOM, progressValueText, progressWidth } from "../dom-contract";

/**
 * A progress bar as static HTML, the markup components/tasks/TaskProgress
 * renders (role, name, value, the count as text, "✓ 완료" when all are done),
 * marked `data-task-progress` for the island that keeps it up to date.
 */
export function progressHast(label: string, done: number, total: number): Element {
  const complete = isComplete(done, total);
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
