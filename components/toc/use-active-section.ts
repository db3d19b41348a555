import { useSyncExternalStore } from "react";
import { getActiveSection, getServerActiveSection, subscribeActiveSection } from "./active-section";

/** The id of the TOC entry being read; null on the server and above the first entry. */
export function useActiveSection(): string | null {
  return useSyncExternalStore(subscribeActiveSection, getActiveSection, getServerActiveSection);
}
