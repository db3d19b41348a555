#!/usr/bin/env node
// The production server `npm start` runs once the build is ready: Next's own
// request handler (what `next start` runs) behind scripts/request-guard.mjs,
// which answers odd methods and broken addresses itself instead of letting
// Next turn them into 500s or serve pages to POST, and scripts/prerendered.mjs,
// which answers requests for prerendered pages from memory.
//
//   PORT      port to listen on (default 3000)
//   HOSTNAME  address to bind (default 0.0.0.0)

import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadPrerenderedPages, prerenderedResponse } from "./prerendered.mjs";
import { ALLOWED_METHODS, rejectRequest } from "./request-guard.mjs";

process.env.NODE_ENV = "production";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const port = Number(process.env.PORT || 3000);
const hostname = process.env.HOSTNAME || "0.0.0.0";

// Imported after NODE_ENV is set: Next reads it when it loads.
const { default: next } = await import("next");
const app = next({ dev: false, dir: ROOT, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const pages = loadPrerenderedPages(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next"));

const server = http.createServer((request, response) => {
  const rejection = rejectRequest(request.method ?? "", request.url ?? "/");
  if (rejection === null) {
    const page = prerenderedResponse(pages, { method: request.method ?? "", url: request.url ?? "/", headers: request.headers });
    if (page === null) void handle(request, response);
    else response.writeHead(page.status, page.headers).end(page.body ?? undefined);
    return;
  }
  response.writeHead(rejection.status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...(rejection.status === 405 ? { Allow: ALLOWED_METHODS.join(", ") } : {}),
  });
  response.end(`${rejection.reason}\n`);
});

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}

server.listen(port, hostname, () => console.log(`serve: ready on http://${hostname}:${port} (${pages.size} prerendered pages from memory)`));
