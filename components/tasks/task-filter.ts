import { useSyncExternalStore } from "react";

/**
 * "남은 과제만": one flag for the page, shown as `data-task-filter="open"` on
 * `<html>` so a stylesheet rule hides ticked tasks wherever they are, with no
 * per-checkbox work.
 */
let openOnly = false;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Turns the filter on or off. */
export function setOpenOnly(value: boolean): void {
  openOnly = value;
  if (value) document.documentElement.dataset.taskFilter = "open";
  else delete document.documentElement.dataset.taskFilter;
  for (const listener of listeners) listener();
}

/** Whether only open tasks are shown. */
export function useOpenOnly(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => openOnly,
    () => false,
  );
}
