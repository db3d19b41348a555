import { Script, createContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { serviceWorkerScript } from "@/lib/offline/service-worker";

type Listener = (event: unknown) => void;

/** Runs the worker's script in a bare context with a fake `self`, and returns its listeners. */
function runWorker(script: string): { listeners: Map<string, Listener>; skipped: () => number } {
  const listeners = new Map<string, Listener>();
  let skipped = 0;
  const self = {
    location: { origin: "http://localhost:3000" },
    registration: { active: null },
    clients: { claim: () => Promise.resolve() },
    skipWaiting: () => {
      skipped += 1;
      return Promise.resolve();
    },
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
  };
  const context = createContext({
    self,
    URL,
    Response,
    Promise,
    caches: { match: () => Promise.resolve(undefined), keys: () => Promise.resolve([]) },
    fetch: () => Promise.reject(new Error("offline")),
  });
  new Script(script).runInContext(context);
  return { listeners, skipped: () => skipped };
}

function fetchEvent(url: string, init: { mode?: string; destination?: string; headers?: Record<string, string> } = {}) {
  let responded = false;
  const headers = new Headers(init.headers ?? {});
  return {
    event: {
      request: { url, method: "GET", mode: init.mode ?? "no-cors", destination: init.destination ?? "", headers },
      respondWith: (answer: Promise<unknown>) => {
        responded = true;
        // The fake network is off: a file the worker has not kept fails, as it would in the browser.
        answer.catch(() => undefined);
      },
      waitUntil: () => undefined,
    },
    responded: () => responded,
  };
}

describe("serviceWorkerScript", () => {
  it("is one valid script whose bytes change with the build id", () => {
    const a = serviceWorkerScript("build-a");
    const b = serviceWorkerScript("build-b");
    expect(() => new Script(a)).not.toThrow();
    expect(a).not.toBe(b);
    expect(a).toContain('const BUILD_ID = "build-a";');
    expect(a).not.toMatch(/importScripts|https?:\/\/(?!localhost)/u);
  });

  it("takes over at once on the first install and listens for fetch, messages and activation", () => {
    const worker = runWorker(serviceWorkerScript("x"));
    expect([...worker.listeners.keys()].sort()).toEqual(["activate", "fetch", "install", "message"]);
    worker.listeners.get("install")?.({ waitUntil: () => undefined });
    expect(worker.skipped()).toBe(1);
  });

  it("answers pages and site files itself, and never /search?q= results, other sites or the router's payloads", () => {
    const onFetch = runWorker(serviceWorkerScript("x")).listeners.get("fetch");
    const cases: [string, Parameters<typeof fetchEvent>[1], boolean][] = [
      ["http://localhost:3000/weeks/week-08", { mode: "navigate", destination: "document" }, true],
      ["http://localhost:3000/_next/static/chunks/a.js", { destination: "script" }, true],
      ["http://localhost:3000/search/index.json", {}, true],
      ["http://localhost:3000/search?q=docker", { mode: "navigate", destination: "document" }, false],
      ["https://example.com/a.png", { destination: "image" }, false],
      ["http://localhost:3000/weeks/week-09", { headers: { rsc: "1" } }, false],
    ];
    for (const [url, init, expected] of cases) {
      const { event, responded } = fetchEvent(url, init);
      onFetch?.(event);
      expect(responded(), url).toBe(expected);
    }
  });
});
