import { useSyncExternalStore } from "react";

function subscribeNothing(): () => void {
  return () => {};
}

/** False during the server render and hydration, true after: lets an island swap its no-JS fallback without a mismatch. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
