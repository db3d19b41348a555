import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectPath } from "../helpers";

const GUARD = projectPath("scripts/offline-guard.mjs");

/** Runs an ES module snippet in a fresh node with the guard preloaded the way the e2e build loads it. */
function runGuarded(code: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
    env: { ...process.env, NODE_OPTIONS: `--import "${GUARD}"` },
    encoding: "utf8",
    timeout: 20_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("scripts/offline-guard.mjs", () => {
  it("refuses fetch, http, https, tls and net to another machine before any name lookup", () => {
    const { stdout, stderr } = runGuarded(`
      import http from "node:http"; import https from "node:https"; import net from "node:net"; import tls from "node:tls";
      const attempts = {
        fetch: () => fetch("https://cdn.jsdelivr.net/gh/twitter/twemoji@14.0.2/assets/svg/1f389.svg"),
        http: () => new Promise((resolve, reject) => http.get("http://fonts.googleapis.com/css2?family=Noto+Sans+JP", resolve).on("error", reject)),
        https: () => new Promise((resolve, reject) => https.get("https://example.com/", resolve).on("error", reject)),
        tls: () => new Promise((resolve, reject) => tls.connect(443, "93.184.216.34", resolve).on("error", reject)),
        net: () => new Promise((resolve, reject) => net.connect({ host: "10.0.0.1", port: 80 }, resolve).on("error", reject)),
      };
      for (const [name, attempt] of Object.entries(attempts)) {
        try { await attempt(); console.log(name, "connected"); }
        catch (error) { const guard = error.code === "EOFFLINEGUARD" || error.cause?.code === "EOFFLINEGUARD"; console.log(name, guard ? "refused" : "other " + error.message); }
      }
    `);
    expect(stdout.trim().split("\n")).toEqual(["fetch refused", "http refused", "https refused", "tls refused", "net refused"]);
    expect(stderr).toContain("offline-guard: refused a connection to cdn.jsdelivr.net:443");
    expect(stderr).toContain("offline-guard: refused a connection to 10.0.0.1:80");
  });

  it("lets connections on this machine through", () => {
    const { stdout, stderr } = runGuarded(`
      import http from "node:http";
      const server = http.createServer((request, response) => response.end("ok")).listen(0, "127.0.0.1");
      await new Promise((resolve) => server.on("listening", resolve));
      const { port } = server.address();
      const texts = [];
      for (const host of ["127.0.0.1", "localhost"]) texts.push(await (await fetch("http://" + host + ":" + port + "/")).text());
      console.log(texts.join(" "));
      server.close();
    `);
    expect(stderr).toBe("");
    expect(stdout.trim()).toBe("ok ok");
  });
});
