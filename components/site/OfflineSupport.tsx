import { currentBuildId, NO_BUILD } from "@/lib/offline/build-id";
import { OfflineStatus } from "./OfflineStatus";

/** Offline reading for every page: the island that registers /sw.js, told which build this page is. */
export function OfflineSupport() {
  const buildId = currentBuildId();
  return <OfflineStatus buildId={buildId} register={buildId !== NO_BUILD && process.env.NODE_ENV === "production"} />;
}
