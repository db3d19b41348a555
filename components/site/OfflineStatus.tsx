"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

type Props = {
  /** The build this page belongs to; /sw.js names its own, and a difference means a deploy happened. */
  buildId: string;
  /** False under `next dev`, which must not be cached. */
  register: boolean;
};

/** localStorage: the build whose scripts for search and previews were last kept for offline use. */
const KEPT_BUILD_KEY = "portal:offline-kept-build:v1";
/** After load, this long before the worker is registered: the visit's own work and requests come first. */
const AFTER_LOAD_MS = 2000;

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener("online", onChange);
  window.addEventListener("offline", onChange);
  return () => {
    window.removeEventListener("online", onChange);
    window.removeEventListener("offline", onChange);
  };
}

/** Runs `task` once the page has loaded, a quiet moment later; returns a cancel. */
function afterLoad(task: () => void): () => void {
  let timer: number | undefined;
  let idle: number | undefined;
  const start = () => {
    timer = window.setTimeout(() => {
      if ("requestIdleCallback" in window) idle = window.requestIdleCallback(task, { timeout: 5000 });
      else task();
    }, AFTER_LOAD_MS);
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
  return () => {
    window.removeEventListener("load", start);
    window.clearTimeout(timer);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}

/** Reads (or, given an id, writes) which build was kept; storage may be unavailable (private modes), then every visit keeps. */
function keptBuild(id?: string): string | null {
  try {
    if (id !== undefined) localStorage.setItem(KEPT_BUILD_KEY, id);
    return localStorage.getItem(KEPT_BUILD_KEY);
  } catch {
    return null;
  }
}

/** Asks a worker something over a channel; null when it does not answer in time. */
function ask(worker: ServiceWorker, message: Record<string, unknown>, timeoutMs: number): Promise<unknown> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = window.setTimeout(() => resolve(null), timeoutMs);
    channel.port1.onmessage = (event: MessageEvent<unknown>) => {
      window.clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage(message, [channel.port2]);
  });
}

/**
 * The code search and link previews load lazily; load it now, through the
 * worker, so both work offline. Then the worker keeps this page and every
 * same-origin file it loaded (the page opened before the worker existed).
 */
async function keepForOffline(worker: ServiceWorker): Promise<void> {
  await Promise.all([import("../search/SearchResults").then((module) => module.preloadSearch()), import("../preview/preview-card")]).catch(
    () => undefined,
  );
  const files = performance
    .getEntriesByType("resource")
    .map((entry) => entry.name)
    .filter((name) => name.startsWith(`${window.location.origin}/`));
  await ask(worker, { type: "keep", page: window.location.href, files }, 20_000);
}

/**
 * Offline reading (lib/offline/service-worker.ts): registers /sw.js after
 * the page has loaded, says when the reader is offline, and offers the new
 * version when a deploy is found ("새 버전이 있습니다 · 새로고침"): a new
 * worker waiting, or a worker of another build than this page (a page kept
 * from before the deploy). Nothing changes under the reader without that click.
 */
export function OfflineStatus({ buildId, register }: Props) {
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const [update, setUpdate] = useState<ServiceWorkerRegistration | null>(null);
  const [ready, setReady] = useState(false);

  // `<html data-hydrated>`: hydration changes nothing a reader sees, so tests wait for this mark instead of
  // React's internal keys. This island comes after the page's others in the layout, so their effects have run;
  // it carries the mark rather than an island of its own, which would add a module to every page's first load.
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);

  useEffect(() => {
    if (!register || !("serviceWorker" in navigator)) return;
    const container = navigator.serviceWorker;
    const controlledAtLoad = container.controller !== null;
    let registration: ServiceWorkerRegistration | null = null;
    let disposed = false;
    const offer = (found: ServiceWorkerRegistration) => {
      if (!disposed) setUpdate(found);
    };

    function watch(found: ServiceWorkerRegistration) {
      if (found.waiting && container.controller) offer(found);
      found.addEventListener("updatefound", () => {
        const worker = found.installing;
        worker?.addEventListener("statechange", () => {
          if (worker.state === "installed" && container.controller) offer(found);
        });
      });
    }

    async function start() {
      registration = await container.register("/sw.js", { scope: "/", updateViaCache: "none" }).catch(() => null);
      if (!registration || disposed) return;
      watch(registration);
      const active = (await container.ready).active;
      if (active && (!controlledAtLoad || keptBuild() !== buildId)) {
        await keepForOffline(active);
        keptBuild(buildId);
      }
      const controller = container.controller;
      const workerBuild = controller ? await ask(controller, { type: "build-id" }, 3000) : null;
      if (typeof workerBuild === "string" && workerBuild !== buildId && navigator.onLine) {
        // Either this page is newer (its worker installs now and waits) or the worker is (the page was kept from before).
        await registration.update().catch(() => undefined);
        if (!registration.installing && !registration.waiting) offer(registration);
      }
      if (!disposed) setReady(true);
    }

    const check = () => {
      if (navigator.onLine) void registration?.update().catch(() => undefined);
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") check();
    };
    const cancel = afterLoad(() => void start());
    window.addEventListener("online", check);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      disposed = true;
      cancel();
      window.removeEventListener("online", check);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [buildId, register]);

  function reload() {
    const waiting = update?.waiting;
    if (!waiting) {
      window.location.reload();
      return;
    }
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
    waiting.postMessage({ type: "skip-waiting" });
  }

  const notice = "pointer-events-auto rounded-lg border border-line bg-page px-3 py-2 text-sm text-ink shadow-lg";
  return (
    <div
      role="status"
      data-build={buildId}
      data-offline-ready={ready ? "" : undefined}
      className="no-print pointer-events-none fixed bottom-4 left-4 z-50 flex max-w-[calc(100vw-2rem)] flex-col items-start gap-2"
    >
      {online ? null : <p className={notice}>오프라인 상태입니다 — 저장된 노트만 볼 수 있습니다</p>}
      {update ? (
        <p className={notice}>
          새 버전이 있습니다 ·{" "}
          <button type="button" onClick={reload} className="font-semibold text-accent underline underline-offset-2">
            새로고침
          </button>
        </p>
      ) : null}
    </div>
  );
}
