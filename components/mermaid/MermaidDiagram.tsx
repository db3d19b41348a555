"use client";

import { type ReactNode, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";

/** Shown when the diagram cannot be drawn (bad source, mermaid failed, or no JavaScript). */
export const MERMAID_NOTICE = "다이어그램을 그릴 수 없어 원본을 표시합니다";

type State = { status: "pending" } | { status: "drawn"; svg: string; theme: string } | { status: "failed" };

function subscribe(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  return () => observer.disconnect();
}

/** The server does not know the reader's theme; light is what the boot script assumes too. */
function serverTheme(): "dark" | "light" {
  return "light";
}

function currentTheme(): "dark" | "light" {
  return document.documentElement.dataset.theme === "dark" ? "dark" : "light";
}

/**
 * Draws a ```` ```mermaid ```` block in the browser. mermaid is imported only
 * here, dynamically, so its code is a separate chunk that only pages with a
 * diagram ever request. Until it is drawn (and whenever drawing fails) the
 * server-rendered code block is the content; once drawn it moves into a
 * "다이어그램 원본" disclosure. The diagram is redrawn in mermaid's dark theme
 * when the site's theme changes.
 */
export function MermaidDiagram({ source, children }: { source: string; children: ReactNode }) {
  const theme = useSyncExternalStore(subscribe, currentTheme, serverTheme);
  const [state, setState] = useState<State>({ status: "pending" });
  // mermaid uses the id in CSS selectors of the SVG: keep it a plain identifier.
  const id = `mermaid-${useId().replace(/[^A-Za-z0-9_-]/gu, "")}`;
  const holder = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let cancelled = false;
    // One id per theme: mermaid removes any element that already has the id it renders with.
    draw(`${id}-${theme}`, source, theme).then(
      (svg) => {
        if (!cancelled) setState({ status: "drawn", svg, theme });
      },
      () => {
        if (!cancelled) setState({ status: "failed" });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, source, theme]);

  useEffect(() => {
    const element = holder.current;
    if (!element || state.status !== "drawn") return;
    // mermaid's own output, its labels sanitized by mermaid (securityLevel "strict"); never note HTML.
    element.innerHTML = state.svg;
    const svg = element.querySelector("svg");
    if (svg && !svg.hasAttribute("aria-labelledby")) svg.setAttribute("aria-label", "다이어그램 (원본은 아래 '다이어그램 원본')");
  }, [state]);

  return (
    <figure className="mermaid-diagram" data-state={state.status}>
      {state.status === "drawn" ? (
        <>
          <div ref={holder} className="mermaid-svg" data-theme-drawn={state.theme} />
          <details className="mermaid-source">
            <summary>다이어그램 원본</summary>
            {children}
          </details>
        </>
      ) : (
        children
      )}
      {state.status === "failed" ? <figcaption className="mermaid-notice">{MERMAID_NOTICE}</figcaption> : null}
      <noscript>
        <p className="mermaid-notice">{MERMAID_NOTICE}</p>
      </noscript>
    </figure>
  );
}

/** Loads mermaid on first use and renders one diagram to an SVG string. */
async function draw(id: string, source: string, theme: "dark" | "light"): Promise<string> {
  const { default: mermaid } = await import("mermaid");
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
