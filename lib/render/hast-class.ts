import type { Element } from "hast";

/** An element's class names as hast keeps them (`properties.className`), or none. */
export function classList(node: Element): string[] {
  const classes = node.properties.className;
  return Array.isArray(classes) ? classes : [];
}

/** Whether an element has the class name. */
export function hasClass(node: Element, name: string): boolean {
  return classList(node).includes(name);
}
