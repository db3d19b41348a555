/**
 * A plain static file server, the benchmark's yardstick for throughput:
 * `tsx bench/static-server.ts <dir> <port>`. It does what any static host does
 * for an exported site and nothing more: maps `/weeks/week-08` to
 * `weeks/week-08.html` (or `.../index.html`), streams the file from disk with
 * its type and length, and answers 404 with `404.html` when there is one.
 */
import { createReadStream, type Stats, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".woff2": "font/woff2",
};

function fileStats(file: string): Stats | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats : null;
  } catch {
    return null;
  }
}

/** The file a URL path names inside `root`, or null; never a file outside it. */
export function resolveFile(root: string, urlPath: string): { file: string; stats: Stats } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split("?")[0] ?? "/");
  } catch {
    return null;
  }
  const base = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (base !== root && !base.startsWith(`${root}${path.sep}`)) return null;
  for (const file of [base, `${base}.html`, path.join(base, "index.html")]) {
    const stats = fileStats(file);
    if (stats) return { file, stats };
  }
  return null;
}

function serve(root: string, port: number): void {
  const notFound = fileStats(path.join(root, "404.html")) ? path.join(root, "404.html") : null;
  const server = createServer((request, response) => {
    const found = resolveFile(root, request.url ?? "/");
    const file = found?.file ?? notFound;
    if (!file) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const length = found?.stats.size ?? fileStats(file)?.size ?? 0;
    response.writeHead(found ? 200 : 404, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "content-length": length,
      // Hashed assets never change; pages are revalidated, as a CDN would be told to.
      "cache-control": file.includes(`${path.sep}_next${path.sep}static${path.sep}`)
        ? "public, max-age=31536000, immutable"
        : "public, max-age=0, must-revalidate",
    });
    if (request.method === "HEAD") {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  });
  server.listen(port, "127.0.0.1", () => console.log(`static: ${root} on http://127.0.0.1:${port}`));
}

const [root, port] = process.argv.slice(2);
if (root && port) serve(path.resolve(root), Number(port));
