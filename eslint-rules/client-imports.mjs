import { existsSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";

/**
 * A local ESLint rule: a file that starts with "use client" is shipped to the
 * browser, so it may not import the content or render layers (lib/content,
 * lib/render), Node's modules (node:*, fs, path, …) — directly, or through a
 * module of ours that is not itself a client file (a helper that imports
 * lib/render would still put it in the island's bundle). Flat config cannot
 * select files by their directive, and a naming convention could drift from
 * the directive; this rule reads the directive itself.
 *
 * Written by hand (no plugin does this): eslint-plugin-boundaries selects by
 * path, not by directive. Import specifiers of followed files are read with a
 * regular expression, not a parser: enough for our own import lines, and
 * kept fast (no second parse of every module).
 */

const FORBIDDEN = [
  { test: (file) => file.startsWith("lib/content/") || file === "lib/content.ts", layer: "lib/content" },
  { test: (file) => file.startsWith("lib/render/"), layer: "lib/render" },
];

const builtins = new Set(builtinModules.flatMap((name) => [name, name.split("/")[0]]));
const extensions = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];

export const CLIENT_MESSAGE =
  '"use client" files run in the browser: they may not import lib/content, lib/render, node:* or fs. Pass the data as props from the server component, or use a dependency-free module (lib/urls, lib/dom-contract, lib/page-ids); see README › Folder map.';

function isNodeModule(specifier) {
  return specifier.startsWith("node:") || builtins.has(specifier) || builtins.has(specifier.split("/")[0] ?? "");
}

/** The repository file a specifier names (`@/x` is the repository root, as in tsconfig), or null for a package. */
function resolve(root, fromFile, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  for (const extension of extensions) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const cache = new Map();

/** The value imports a module of ours makes (type-only imports are erased and do not count). */
function importsOf(file) {
  const stamp = statSync(file).mtimeMs;
  const known = cache.get(file);
  if (known && known.stamp === stamp) return known;
  const text = readFileSync(file, "utf8");
  const specifiers = [];
  const statement =
    /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gmu;
  for (const match of text.matchAll(statement)) {
    if (match[1]) continue;
    const clause = (match[2] ?? "").trim();
    if (/^\{[\s\S]*\}$/u.test(clause)) {
      const names = clause
        .slice(1, -1)
        .split(",")
        .map((name) => name.trim())
        .filter(Boolean);
      if (names.length > 0 && names.every((name) => name.startsWith("type "))) continue;
    }
    const specifier = match[3] ?? match[4] ?? match[5];
    if (specifier) specifiers.push(specifier);
  }
  const entry = { stamp, specifiers, client: /^\s*["']use client["']/u.test(text) };
  cache.set(file, entry);
  return entry;
}

/** The first forbidden thing `specifier` brings into the browser, with the chain of our modules it comes through; null when clean. */
function forbiddenIn(root, fromFile, specifier, seen) {
  if (isNodeModule(specifier)) return { what: specifier, chain: [] };
  const file = resolve(root, fromFile, specifier);
  if (file === null || seen.has(file)) return null;
  seen.add(file);
  const relative = path.relative(root, file).split(path.sep).join("/");
  const layer = FORBIDDEN.find((rule) => rule.test(relative));
  if (layer) return { what: relative, chain: [] };
  if (relative.startsWith("node_modules/")) return null;
  const imported = importsOf(file);
  // Another client file is checked on its own.
  if (imported.client) return null;
  for (const next of imported.specifiers) {
    const found = forbiddenIn(root, file, next, seen);
    if (found) return { what: found.what, chain: [relative, ...found.chain] };
  }
  return null;
}

function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((specifier) => specifier.importKind === "type" || specifier.exportKind === "type");
}

/** @type {import("eslint").Rule.RuleModule} */
export const clientImports = {
  meta: {
    type: "problem",
    docs: { description: 'A "use client" file imports no lib/content, lib/render, node:* or fs, directly or through our own modules.' },
    schema: [],
    messages: { forbidden: "{{message}} (imports {{what}}{{through}})" },
  },
  create(context) {
    const first = context.sourceCode.ast.body[0];
    const isClient = first?.type === "ExpressionStatement" && first.directive === "use client";
    if (!isClient) return {};
    const root = context.cwd;
    const file = context.physicalFilename;
    const check = (node, source) => {
      if (!source || typeof source.value !== "string") return;
      const found = forbiddenIn(root, file, source.value, new Set());
      if (!found) return;
      const through = found.chain.length > 0 ? ` through ${found.chain.join(" → ")}` : "";
      context.report({ node: source, messageId: "forbidden", data: { message: CLIENT_MESSAGE, what: found.what, through } });
    };
    return {
      ImportDeclaration(node) {
        if (!isTypeOnly(node)) check(node, node.source);
      },
      ExportNamedDeclaration(node) {
        if (node.source && !isTypeOnly(node)) check(node, node.source);
      },
      ExportAllDeclaration(node) {
        if (node.exportKind !== "type") check(node, node.source);
      },
      ImportExpression(node) {
        if (node.source.type === "Literal") check(node, node.source);
      },
    };
  },
};

const plugin = { meta: { name: "study-portal-layers" }, rules: { "client-imports": clientImports } };

export default plugin;
