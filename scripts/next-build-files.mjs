// The parts of Next's own build files (`.next/…`) that scripts/prerendered.mjs and
// scripts/csp.ts read. They are Next's internals, not an API: `next` is pinned to an
// exact version, and tests/unit/scripts/next-build-files.test.ts checks these schemas
// against files captured from a build of that version (tests/fixtures/next-build/).

import { readFileSync } from "node:fs";
import { z } from "zod";

/** `prerender-manifest.json`: every prerendered route; `false` means built once and never revalidated. */
export const prerenderManifest = z.looseObject({
  routes: z.record(z.string(), z.looseObject({ initialRevalidateSeconds: z.union([z.number(), z.literal(false)]) })),
});

/** `routes-manifest.json`: the config's `headers()`, each rule compiled to a path regex. */
export const routesManifest = z.looseObject({
  headers: z.array(z.looseObject({ regex: z.string(), headers: z.array(z.looseObject({ key: z.string(), value: z.string() })) })),
});

/** `server/app/<route>.meta` beside each prerendered `<route>.html`: its status (absent for 200) and headers. */
export const prerenderMeta = z.looseObject({
  status: z.number().optional(),
  headers: z.record(z.string(), z.string()).optional(),
});

/**
 * A JSON file of Next's build, parsed by its schema, or an error that says the shape changed.
 * @template T
 * @param {string} file
 * @param {z.ZodType<T>} schema
 * @returns {T}
 */
export function readBuildFile(file, schema) {
  const result = schema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (result.success) return result.data;
  throw new Error(
    `${file}: Next wrote this build file in a shape scripts/prerendered.mjs and scripts/csp.ts do not know ` +
      `(did next change version?):\n${z.prettifyError(result.error)}`,
  );
}
