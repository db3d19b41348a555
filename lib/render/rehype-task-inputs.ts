import type { Element, Root } from "hast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";
import { authorState, parseTaskNode } from "../tasks/tree";
import { hastProperty, NOTE_CLASS, NOTE_DOM } from "../dom-contract";

/**
 * The task checkboxes that rehype-task-items and rehype-lecture-tasks mark
 * with `data-task` (the task tree, JSON) become enabled checkboxes in their
 * author's state (a parent with some children done is `aria-checked="mixed"`),
 * carrying only the task id. The TaskCheckboxes island keeps them: ticks from
 * storage, and one delegated listener for changes. A tick made before the
 * scripts run is kept. Any other input stays as sanitized.
 */
const rehypeTaskInputs: Plugin<[], Root> = function () {
  return function (tree) {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "input") return;
      const data = node.properties[hastProperty(NOTE_DOM.taskNode)];
      const task = typeof data === "string" ? parseTaskNode(data) : null;
      const id = node.properties.id;
      if (!task || typeof id !== "string") return;
      const state = authorState(task);
      node.properties = {
        type: "checkbox",
        id,
        className: [NOTE_CLASS.taskCheckbox],
        [hastProperty(NOTE_DOM.taskId)]: task.id,
        checked: state === "checked",
        ...(state === "mixed" ? { ariaChecked: "mixed" } : {}),
      };
    });
  };
};

export default rehypeTaskInputs;
