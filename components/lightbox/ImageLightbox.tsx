"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { NOTE_DOM } from "@/lib/dom-contract";
import { IMAGE_LINKS, parseImageHash } from "./gallery";

const LightboxDialog = lazy(() => import("./LightboxDialog"));

type Opened = { section: string; index: number };

/**
 * The note's images, enhanced: a click (or Enter on the focused image link)
 * opens the lightbox, loaded only then; an image that fails to load becomes a
 * tidy placeholder with its alt text that still links to the original.
 * Without JavaScript each image is a plain link to the original.
 */
export function ImageLightbox() {
  const [opened, setOpened] = useState<Opened | null>(null);

  useEffect(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>(IMAGE_LINKS)];
    const cleanups = links.map((link) => watchForFailure(link));

    function onClick(event: MouseEvent) {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(IMAGE_LINKS) : null;
      if (!link || link.dataset.broken !== undefined) return;
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      setOpened({ section: link.getAttribute(NOTE_DOM.imageLink) ?? "", index: Number(link.getAttribute(NOTE_DOM.imageIndex) ?? "1") });
    }
    document.addEventListener("click", onClick);
    const fromUrl = parseImageHash(window.location.hash);
    // Deferred: opening from a shared link is a reaction to the page loading, not part of this render.
    const timer = fromUrl ? window.setTimeout(() => setOpened(fromUrl), 0) : 0;
    return () => {
      document.removeEventListener("click", onClick);
      window.clearTimeout(timer);
      for (const cleanup of cleanups) cleanup();
    };
  }, []);

  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <LightboxDialog section={opened.section} index={opened.index} onClose={() => setOpened(null)} />
    </Suspense>
  );
}

/** Mark an image link broken when its image fails, now or before this script ran. */
function watchForFailure(link: HTMLAnchorElement): () => void {
  const image = link.querySelector("img");
  if (!image) return () => {};
  const markBroken = () => {
    link.dataset.broken = "";
    link.dataset.alt = image.alt;
    link.setAttribute("aria-label", `이미지를 불러오지 못했습니다: ${image.alt}. 원본 주소 열기`);
  };
  if (image.complete && image.naturalWidth === 0 && image.currentSrc !== "") markBroken();
  image.addEventListener("error", markBroken);
  return () => image.removeEventListener("error", markBroken);
}
