import type { Element, Root } from "hast";
import { h } from "hastscript";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { authorProgress, parseTaskNodes } from "../tasks/tree";
import { hastProperty, isComplete, NOTE_DOM } from "../dom-contract";
import { progressHast } from "./task-progress-hast";

/**
 * A lecture's task panel marked by rehype-lecture-tasks becomes its static
 * form: the title "자기 학습 과제", the progress bar in the author's state,
 * then the checklist. The panel keeps its entry id and task tree
 * (`data-lecture-tasks`, `data-tasks`), from which the TaskPanels island
 * keeps the bar up to date with the reader's ticks.
 */
const rehypeTaskPanels: Plugin<[], Root> = function () {
  const entryProperty = hastProperty(NOTE_DOM.lectureTasks);
  const treeProperty = hastProperty(NOTE_DOM.taskTree);
  const labelProperty = hastProperty(NOTE_DOM.panelLabel);
  return function (tree) {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "div") return;
      const entryId = node.properties[entryProperty];
      const label = node.properties[labelProperty];
      const json = node.properties[treeProperty];
      const tasks = typeof json === "string" ? parseTaskNodes(json) : null;
      if (typeof entryId !== "string" || typeof label !== "string" || !tasks || typeof json !== "string") return;
      const { done, total } = authorProgress(tasks);
      node.properties = {
        className: ["lecture-tasks"],
        [entryProperty]: entryId,
        [treeProperty]: json,
        ...(isComplete(done, total) ? { [hastProperty(NOTE_DOM.complete)]: "" } : {}),
      };
      node.children = [h("p", { className: ["lecture-tasks-title"] }, "자기 학습 과제"), progressHast(label, done, total), ...node.children];
    });
  };
};

export default rehypeTaskPanels;
