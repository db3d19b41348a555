/**
 * Task state as the reader sees it: the author's default, overridden by the
 * reader's own tick. A task with children is done exactly when all of them
 * are, so a parent never disagrees with its children. Pure: no DOM, no storage.
 */

/** A task as the browser needs it: serializable, no text or positions. */
export type TaskNode = {
  /** `<week>/<entry or section>/<hash>`, see lib/content/ids.ts. */
  id: string;
  /** The author's `[x]`: the state before the reader touches it. */
  done: boolean;
  children: TaskNode[];
};

/** One tick of the reader: the state and when it was set (ms since epoch), so imports can merge by recency. */
export type Tick = { done: boolean; at: number };

/** The reader's ticks by task id; ids of tasks no longer in any note are kept, not shown. */
export type Ticks = ReadonlyMap<string, Tick>;

/** What a checkbox shows. */
export type CheckState = "checked" | "unchecked" | "mixed";

/** Whether a task counts as done: its own state for a leaf, all children done for a parent. */
export function isDone(node: TaskNode, ticks: Ticks): boolean {
  if (node.children.length > 0) return node.children.every((child) => isDone(child, ticks));
  return ticks.get(node.id)?.done ?? node.done;
}

/** Checked, unchecked, or mixed when some but not all of a parent's tasks are done. */
export function checkState(node: TaskNode, ticks: Ticks): CheckState {
  if (isDone(node, ticks)) return "checked";
  if (node.children.length > 0 && flatten(node.children).some((child) => isDone(child, ticks))) return "mixed";
  return "unchecked";
}

const NO_TICKS: Ticks = new Map();

/** What the checkbox shows before the reader ticks anything: the author's `[x]`s, as the server renders it. */
export function authorState(node: TaskNode): CheckState {
  return checkState(node, NO_TICKS);
}

/** The task and all tasks under it, depth first. */
export function flatten(nodes: readonly TaskNode[]): TaskNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/**
 * The ticks to write when the reader clicks a task: the task and everything
 * under it take the new state (a mixed parent becomes done, as in most
 * tri-state checkboxes).
 */
export function toggle(node: TaskNode, ticks: Ticks): Map<string, boolean> {
  return setDone(node, checkState(node, ticks) !== "checked");
}

/** The ticks that make the task and everything under it `done` (or not). */
export function setDone(node: TaskNode, done: boolean): Map<string, boolean> {
  return new Map(flatten([node]).map((task) => [task.id, done]));
}

/** Done and total over tasks, counting parents and children alike; a task listed twice counts once. */
export function progress(nodes: readonly TaskNode[], ticks: Ticks): { done: number; total: number } {
  const unique = new Map(flatten(nodes).map((node) => [node.id, node]));
  let done = 0;
  for (const node of unique.values()) if (isDone(node, ticks)) done += 1;
  return { done, total: unique.size };
}

/** Progress before the reader ticks anything: the author's `[x]`s, as the server renders it. */
export function authorProgress(nodes: readonly TaskNode[]): { done: number; total: number } {
  return progress(nodes, NO_TICKS);
}

/** A task tree read back from JSON (a hast property), checked field by field; null when it is not one. */
export function parseTaskNode(json: string): TaskNode | null {
  try {
    return asTaskNode(JSON.parse(json));
  } catch {
    return null;
  }
}

/** A task tree from parsed JSON, checked field by field; null when it is not one. */
export function asTaskNode(value: unknown): TaskNode | null {
  if (typeof value !== "object" || value === null) return null;
  if (!("id" in value) || !("done" in value) || !("children" in value)) return null;
  const { id, done, children } = value;
  if (typeof id !== "string" || typeof done !== "boolean" || !Array.isArray(children)) return null;
  const nodes: TaskNode[] = [];
  for (const child of children) {
    const node = asTaskNode(child);
    if (!node) return null;
    nodes.push(node);
  }
  return { id, done, children: nodes };
}

/** A list of task trees read back from JSON; null when any is malformed. */
export function parseTaskNodes(json: string): TaskNode[] | null {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return null;
    const nodes = value.map(asTaskNode);
    return nodes.every((node): node is TaskNode => node !== null) ? nodes : null;
  } catch {
    return null;
  }
}
