"use client";

import { useEffect, useId, useSyncExternalStore } from "react";
import type { Mermaid } from "mermaid";
import { bySelector, MERMAID_NOTICE, NOTE_DOM } from "@/lib/dom-contract";

type Theme = "dark" | "light";

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

/** The server does not know the reader's theme; light is what the boot script assumes too. */
function serverTheme(): Theme {
  return "light";
}

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

/**
 * Draws the note's ```` ```mermaid ```` figures (static HTML from
 * rehype-mermaid-blocks and rehype-mermaid-figures) in the browser. mermaid is
 * imported only here, at run time, from its own prebuilt module served by the
 * site (`moduleHref`, lib/render/mermaid-assets.ts), so only pages with a
 * diagram ever request it and the build never compiles it. Until a figure is drawn (and whenever
 * drawing fails) its code block is the content; once drawn, the code moves
 * into a "다이어그램 원본" disclosure. Diagrams are redrawn in mermaid's dark
 * theme when the site's theme changes.
 */
export function MermaidDiagrams({ articleId, moduleHref }: { articleId: string; moduleHref: string }) {
  const theme = useSyncExternalStore(subscribe, currentTheme, serverTheme);
  // mermaid uses the id in CSS selectors of the SVG: keep it a plain identifier.
  const prefix = `mermaid-${useId().replace(/[^A-Za-z0-9_-]/gu, "")}`;

  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!article) return;
    const figures = [...article.querySelectorAll<HTMLElement>(`figure${bySelector(NOTE_DOM.mermaid)}`)];
    let cancelled = false;
    void (async () => {
      // One at a time: mermaid keeps one configuration, set before each drawing.
      for (const [index, figure] of figures.entries()) {
        // One id per theme: mermaid removes any element that already has the id it renders with.
        const svg = await draw(moduleHref, `${prefix}-${index}-${theme}`, figure.getAttribute(NOTE_DOM.mermaid) ?? "", theme).catch(() => null);
        if (cancelled) return;
        if (svg === null) showFailed(figure);
        else showDrawn(figure, svg, theme);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [articleId, moduleHref, prefix, theme]);

  return null;
}

/** The figure with the SVG first and its code folded under "다이어그램 원본". */
function showDrawn(figure: HTMLElement, svg: string, theme: Theme): void {
  let holder = figure.querySelector<HTMLElement>(":scope > .mermaid-svg");
  if (!holder) {
    figure.querySelector(":scope > .mermaid-notice")?.remove();
    const details = document.createElement("details");
    details.className = "mermaid-source";
    const summary = document.createElement("summary");
    summary.textContent = "다이어그램 원본";
    details.append(summary, ...codeOf(figure));
    holder = document.createElement("div");
    holder.className = "mermaid-svg";
    figure.prepend(holder, details);
  }
  holder.dataset.themeDrawn = theme;
  // mermaid's own output, its labels sanitized by mermaid (securityLevel "strict"); never note HTML.
  holder.innerHTML = svg;
  const drawn = holder.querySelector("svg");
  if (drawn && !drawn.hasAttribute("aria-labelledby")) drawn.setAttribute("aria-label", "다이어그램 (원본은 아래 '다이어그램 원본')");
  figure.setAttribute(NOTE_DOM.mermaidState, "drawn");
}

/** The figure with its code unfolded again and the notice under it. */
function showFailed(figure: HTMLElement): void {
  const details = figure.querySelector(":scope > .mermaid-source");
  if (details) {
    details.querySelector(":scope > summary")?.remove();
    details.replaceWith(...details.childNodes);
  }
  figure.querySelector(":scope > .mermaid-svg")?.remove();
  if (!figure.querySelector(":scope > .mermaid-notice")) {
    const notice = document.createElement("figcaption");
    notice.className = "mermaid-notice";
    notice.textContent = MERMAID_NOTICE;
    const noscript = figure.querySelector(":scope > noscript");
    if (noscript) noscript.before(notice);
    else figure.append(notice);
  }
  figure.setAttribute(NOTE_DOM.mermaidState, "failed");
}

/** The figure's own content: its code block, not the notices. */
function codeOf(figure: HTMLElement): ChildNode[] {
  return [...figure.childNodes].filter(
    (node) => !(node instanceof HTMLElement && (node.tagName === "NOSCRIPT" || node.classList.contains("mermaid-notice"))),
  );
}

/** mermaid's module, imported from the site on first use (the browser keeps it for later imports). */
async function loadMermaid(moduleHref: string): Promise<Mermaid> {
  const loaded: { default: Mermaid } = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ moduleHref);
  return loaded.default;
}

/** Loads mermaid on first use and renders one diagram to an SVG string. */
async function draw(moduleHref: string, id: string, source: string, theme: Theme): Promise<string> {
  const mermaid = await loadMermaid(moduleHref);
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: theme === "dark" ? "dark" : "default",
    // mermaid's dark edge labels (#ccc on #585858) fall just short of 4.5:1; a darker box passes.
    ...(theme === "dark" ? { themeVariables: { edgeLabelBackground: "#30363d" } } : {}),
    fontFamily: "inherit",
    // A parse error rejects the promise; mermaid must not draw its own error graphic.
    suppressErrorRendering: true,
  });
  const { svg } = await mermaid.render(id, source);
  return svg;
}
