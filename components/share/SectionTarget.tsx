"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { parseImageHash } from "@/components/lightbox/gallery";

// Most visits have no section hash: the matching and the hint load only for those that do.
const SectionTargetHint = lazy(() => import("./SectionTargetHint"));

type Start = { initial: boolean; loading: HTMLImageElement[] };

/** A section hash (not an image's, which belongs to the lightbox). */
function sectionHash(): boolean {
  const raw = window.location.hash;
  return raw.length > 1 && !parseImageHash(raw);
}

/**
 * Opening a shared link (`/weeks/week-08#lecture-3`): once the URL names a
 * section, loads SectionTargetHint, which keeps the target in place while
 * late images load and hints at the closest section for an id that no longer
 * exists. The images still loading are noted here, at the moment the page
 * looks at its hash, so loading the hint does not lose them.
 */
export function SectionTarget() {
  const [start, setStart] = useState<Start | null>(null);

  useEffect(() => {
    // Deferred: reacting to the URL the page was opened with, not part of this render. Most visits
    // have no hash and arm no timer: inside hydration's effects even that is costly (issue #8).
    const timer = sectionHash()
      ? window.setTimeout(
          () => setStart((current) => current ?? { initial: true, loading: [...document.images].filter((image) => !image.complete) }),
          0,
        )
      : 0;
    const onHashChange = () => {
      if (sectionHash()) setStart((current) => current ?? { initial: false, loading: [] });
    };
    window.addEventListener("hashchange", onHashChange);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("hashchange", onHashChange);
    };
  }, []);

  if (!start) return null;
  return (
    <Suspense fallback={null}>
      <SectionTargetHint initial={start.initial} loading={start.loading} />
    </Suspense>
  );
}
