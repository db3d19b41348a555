import { useSyncExternalStore } from "react";
import { PROGRESS_PATH, parseProgressData, type ProgressData } from "@/lib/tasks/home-data";

/**
 * `/progress.json`, fetched once per page after hydration by whichever bar asks
 * first, shared by every bar (one request, one parse). Until it arrives, or if
 * it cannot be had, the bars keep the counts the server rendered.
 */
let data: ProgressData | null = null;
let requested = false;
const listeners = new Set<() => void>();

function load(): void {
  if (requested) return;
  requested = true;
  fetch(PROGRESS_PATH)
    .then((response) => (response.ok ? response.json() : null))
    .then((json: unknown) => {
      data = parseProgressData(json);
      for (const listener of listeners) listener();
    })
    .catch(() => undefined);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  load();
  return () => listeners.delete(listener);
}

/** The course's task trees once loaded, else null. */
export function useProgressData(): ProgressData | null {
  return useSyncExternalStore(
    subscribe,
    () => data,
    () => null,
  );
}
