import { currentBuildId } from "@/lib/offline/build-id";
import { serviceWorkerScript } from "@/lib/offline/service-worker";

// Written once per build as a static file (the export's out/sw.js too); its bytes name the build, so a deploy is an update.
export const dynamic = "force-static";

/** The service worker (lib/offline/service-worker.ts), at the root so its scope is the whole site. */
export function GET(): Response {
  return new Response(serviceWorkerScript(currentBuildId()), {
    headers: {
      "content-type": "text/javascript; charset=utf-8",
      // Browsers check the worker on every visit; no cache between may hold an old one.
      "cache-control": "no-cache",
    },
  });
}
