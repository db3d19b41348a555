import clientPlugin from "./client-imports.mjs";

/**
 * The layers of the code, as lint rules (README › Folder map says the same in words):
 *
 *   app/         routes: the only layer that loads content (getAllWeeks, getWeek, getNoteDates, siteSearch …)
 *   components/  React, by feature; gets the week as props; "use client" islands stay off the server layers
 *   lib/render   hast and HTML from the model; uses content's pure rules, never its loader
 *   lib/content  read, parse, model: no render, no React, no routes
 *   lib/urls, lib/dom-contract, lib/page-ids   contracts every layer shares; they import nothing
 *
 * Each rule names the layer and what it may use, so a wrong import says how to fix it.
 * A pattern is given twice, as the `@/` alias and as a relative path climbing out of the folder.
 */

const MAP = "see README › Folder map";

/** An import of `folders` (relative to the repository) by alias or by a relative path out of the importing folder. */
function reaching(folders, message) {
  const names = folders.join("|");
  return [
    { regex: `^@/(?:${names})(?:/|$)`, message },
    { regex: `^(?:\\.\\./)+(?:${folders.map((folder) => folder.replace(/^lib\//u, "")).join("|")})(?:/|$)`, message },
  ];
}

const upward = (layer) =>
  reaching(["components", "app"], `${layer} is below components/ and app/: it may not import React components or routes (${MAP}).`);

/** The modules that read the notes from disk (or git); only app/ calls them. Type imports are fine. */
const LOADER = ["lib/content", "lib/content/index", "lib/content/load", "lib/content/history", "lib/content/served-files", "lib/search/server"];
const loader = (layer) => {
  const message = `${layer} gets the notes from its route: only app/ loads content (getAllWeeks, getWeek, getNoteDates, siteSearch …); take the week as a prop or argument. Types (@/lib/content/types) are fine (${MAP}).`;
  return [
    { regex: `^@/(?:${LOADER.join("|")})$`, message, allowTypeImports: true },
    {
      regex: "^(?:\\.\\./)+(?:content|content/index|content/load|content/history|content/served-files|search/server)$",
      message,
      allowTypeImports: true,
    },
  ];
};

const CONTENT = "lib/content is the content layer (read, parse, model)";

const layers = [
  {
    files: ["lib/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [...upward("lib/"), ...loader("lib/ outside lib/content")] }] },
  },
  {
    files: ["lib/content/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...upward(CONTENT),
            ...reaching(
              ["lib/render", "lib/search", "lib/site"],
              `${CONTENT}: it may not import lib/render, lib/search or lib/site, which are built on it (${MAP}).`,
            ),
          ],
        },
      ],
    },
  },
  {
    files: ["lib/render/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [...upward("lib/render (hast and HTML from the model)"), ...loader("lib/render (hast and HTML from the model)")] },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...reaching(["app"], `components/ are used by app/, never the other way: a component may not import a route (${MAP}).`),
            ...loader("components/"),
          ],
        },
      ],
    },
  },
  {
    // Contracts shared by every layer, client islands included: they must stay free of imports.
    files: ["lib/urls.ts", "lib/dom-contract.ts", "lib/page-ids.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportDeclaration, ImportExpression, ExportAllDeclaration, ExportNamedDeclaration[source]",
          message: `A contract module imports nothing: every layer and every client island loads it (${MAP}).`,
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}"],
    plugins: { layers: clientPlugin },
    rules: { "layers/client-imports": "error" },
  },
];

export default layers;
