import { readFile } from "node:fs/promises";
import path from "node:path";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import { init as initSatori } from "satori/standalone";

const MODULES = path.join(process.cwd(), "node_modules");

let engines: Promise<void> | null = null;

/**
 * satori's layout engine (yoga) and resvg, both WebAssembly, read from
 * node_modules and started once per process. satori's default entry would load
 * its bundled yoga through `fetch` of a data: URL; the standalone entry takes
 * the file instead, so a card never calls fetch at all.
 */
export function startEngines(): Promise<void> {
  engines ??= Promise.all([
    readFile(path.join(MODULES, "satori", "yoga.wasm")).then((wasm) => initSatori(wasm)),
    readFile(path.join(MODULES, "@resvg", "resvg-wasm", "index_bg.wasm")).then((wasm) =>
      initWasm(wasm).catch((error: unknown) => {
        // Another bundle of this module in the same process may have started the shared resvg first.
        if (!(error instanceof Error && error.message.startsWith("Already initialized"))) throw error;
      }),
    ),
  ]).then(() => undefined);
  return engines;
}

/** An SVG drawn as a PNG `width` pixels wide (transparent background). */
export async function svgToPng(svg: string | Uint8Array, width: number): Promise<Uint8Array> {
  await startEngines();
  const renderer = new Resvg(svg, { fitTo: { mode: "width", value: width } });
  try {
    const image = renderer.render();
    const png = image.asPng();
    image.free();
    return png;
  } finally {
    renderer.free();
  }
}
