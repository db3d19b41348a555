import { useSyncExternalStore } from "react";

function subscribeNever(): () => void {
  return () => undefined;
}

/**
 * A value only the browser knows and that stays put while the page is open
 * (the platform, the place last read). The server HTML and the hydration
 * render use `serverValue`; React re-renders once afterwards only where the
 * browser's value differs. `read` must return the same value on every call.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(subscribeNever, read, () => serverValue);
}
