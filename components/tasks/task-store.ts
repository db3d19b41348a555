import { useSyncExternalStore } from "react";
import { createTaskStore, type TaskSnapshot } from "@/lib/tasks/store";
import { browserStorage } from "../site/browser";

/**
 * The page's one task store. Every island reads it through
 * `useSyncExternalStore`, so the server and the hydration render use the
 * author's state and the saved ticks arrive in the render right after.
 */
export const taskStore = createTaskStore({
  // Reading `window.localStorage` itself throws a SecurityError when storage is blocked; the store catches it.
  storage: browserStorage,
  events: typeof window === "undefined" ? null : window,
});

/** The reader's ticks and any storage problem; the author's state on the server. */
export function useTaskSnapshot(): TaskSnapshot {
  return useSyncExternalStore(taskStore.subscribe, taskStore.getSnapshot, taskStore.getServerSnapshot);
}
