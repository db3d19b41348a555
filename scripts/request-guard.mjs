// What `npm start`'s server refuses before Next sees a request (scripts/start.mjs).
//
// Next 16 answers 500 for a path whose percent-encoding is broken
// (`/weeks/%E0%A4%A`, vercel/next.js#92557) and for TRACE on route handlers,
// and serves prerendered pages to any method. The site is read-only and has
// no server actions, so only GET and HEAD are meaningful.

/** Methods the site answers; everything else gets 405 with this list in `Allow`. */
export const ALLOWED_METHODS = ["GET", "HEAD"];

/**
 * @typedef {{ status: 404 | 405; reason: string }} Rejection
 */

/**
 * Whether every percent-escape of the path decodes to UTF-8 (the query is
 * left to the page: URLSearchParams reads broken escapes as text).
 * @param {string} target the request target, as received
 */
function decodablePath(target) {
  const end = target.search(/[?#]/u);
  const path = end === -1 ? target : target.slice(0, end);
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The answer to a request the site must not pass to Next, or null to pass it.
 * @param {string} method
 * @param {string} target the request target (`req.url`)
 * @returns {Rejection | null}
 */
export function rejectRequest(method, target) {
  if (!ALLOWED_METHODS.includes(method)) return { status: 405, reason: `${method} is not allowed: this site is read-only (GET, HEAD)` };
  if (!decodablePath(target)) return { status: 404, reason: "Not found: the address has a broken %-escape" };
  return null;
}
