// Refuses every outgoing TCP connection that does not stay on this machine,
// so a build or server run under it proves it needs no network:
//
//   NODE_OPTIONS="--import /abs/path/scripts/offline-guard.mjs" node scripts/build.mjs
//
// NODE_OPTIONS reaches every child process (next build's workers too).
// http, https, tls, net and the global fetch (undici) all open their sockets
// through net.Socket#connect, so that one method is the gate: a connection to
// a loopback address, `localhost` or a local socket file goes through; any
// other throws (and is printed to stderr, in case a caller swallows the error),
// before any name lookup happens.

import net from "node:net";

const connect = net.Socket.prototype.connect;

/** @param {string} host */
function isLoopback(host) {
  const bare = host.replace(/^\[|\]$/gu, "").toLowerCase();
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  if (bare === "::1" || bare === "::" || bare === "0.0.0.0") return true;
  const v4 = bare.replace(/^::ffff:/u, "");
  return net.isIPv4(v4) && v4.startsWith("127.");
}

/**
 * Where a connect call goes, from any of its forms: (options, cb), (path, cb),
 * (port, host, cb), or the [options, cb] array net.connect passes internally.
 * @param {unknown[]} args
 * @returns {{ local: boolean; label: string }}
 */
function targetOf(args) {
  const first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first === "number" || (typeof first === "string" && /^\d+$/u.test(first))) {
    const host = typeof args[1] === "string" ? args[1] : "localhost";
    return { local: isLoopback(host), label: `${host}:${first}` };
  }
  // A string that is not a port names a local socket file (a pipe).
  if (typeof first === "string") return { local: true, label: first };
  if (first && typeof first === "object") {
    const options = /** @type {{ path?: unknown; host?: unknown; port?: unknown }} */ (first);
    if (typeof options.path === "string" && options.path !== "") return { local: true, label: options.path };
    const host = typeof options.host === "string" && options.host !== "" ? options.host : "localhost";
    return { local: isLoopback(host), label: `${host}:${String(options.port)}` };
  }
  return { local: true, label: "(unknown)" };
}

net.Socket.prototype.connect = function guardedConnect(...args) {
  const target = targetOf(args);
  if (!target.local) {
    const message = `offline-guard: refused a connection to ${target.label} (pid ${process.pid}): builds, tests and the server must not use the network (scripts/offline-guard.mjs)`;
    process.stderr.write(`${message}\n`);
    const error = new Error(message);
    Object.assign(error, { code: "EOFFLINEGUARD" });
    throw error;
  }
  return connect.apply(this, args);
};
