import { startTransition, useEffect, useState } from "react";

/** Set once the first page has hydrated: an island mounted after that (a client-side navigation) starts out working. */
let pageHydrated = false;

/**
 * False during the server render and hydration, true after: lets an island
 * swap its no-JS fallback without a mismatch. The switch is a transition, so
 * the islands' second render after hydration yields to the browser instead of
 * running as one blocking task (issue #8).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(pageHydrated);
  useEffect(() => {
    pageHydrated = true;
    startTransition(() => setHydrated(true));
  }, []);
  return hydrated;
}
