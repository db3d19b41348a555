"use client";

import { useEffect, useState } from "react";
import { parseImageHash } from "@/components/lightbox/gallery";
import { closestMatch, type MatchCandidate } from "@/lib/share/closest-match";
import { safeDecode } from "@/lib/urls";

type Props = {
  /** Loaded for the URL the page was opened with (not a later hash change): keep its target in place. */
  initial: boolean;
  /** The images that were still loading when the page first looked at its hash, before this module loaded. */
  loading: readonly HTMLImageElement[];
};

type Missing = { match: MatchCandidate | null };

/** Give late images this long to load before the target is put back in place. */
const IMAGE_WAIT_MS = 8000;

/**
 * Opening a shared link (`/weeks/week-08#lecture-3`): the browser scrolls to
 * the id and CSS (`:target`) flashes the heading. This island, loaded by
 * SectionTarget only when the URL has a hash, adds what CSS cannot: when
 * images above the target load late and push it down, it puts the target back
 * under the header once, unless the reader has scrolled by then; and an id
 * that no longer exists scrolls to the top with a quiet hint offering the
 * closest section. Image hashes (`#lecture-5/image-2`) belong to the lightbox.
 */
export default function SectionTargetHint({ initial, loading }: Props) {
  const [missing, setMissing] = useState<Missing | null>(null);

  useEffect(() => {
    let stopWatching = () => {};

    function check(first: boolean) {
      stopWatching();
      const raw = window.location.hash;
      if (raw.length <= 1 || parseImageHash(raw)) {
        setMissing(null);
        return;
      }
      const target = document.getElementById(safeDecode(raw.slice(1))) ?? document.getElementById(raw.slice(1));
      if (target) {
        setMissing(null);
        if (first) stopWatching = keepInPlace(target, loading);
        return;
      }
      window.scrollTo({ top: 0 });
      setMissing({ match: closestMatch(raw, candidates()) });
    }

    // Deferred: reacting to the URL the page was opened with, not part of this render.
    const timer = window.setTimeout(() => check(initial), 0);
    const onHashChange = () => check(false);
    window.addEventListener("hashchange", onHashChange);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("hashchange", onHashChange);
      stopWatching();
    };
  }, [initial, loading]);

  if (!missing) return null;
  return (
    <div role="status" className="share-hint no-print">
      <p>
        요청한 섹션을 찾을 수 없습니다.
        {missing.match ? (
          <>
            {" "}
            가장 비슷한 섹션:{" "}
            <a href={`#${encodeURIComponent(missing.match.id)}`} className="share-hint-link">
              {missing.match.text}
            </a>
          </>
        ) : null}
      </p>
      <button type="button" className="share-hint-close" aria-label="알림 닫기" onClick={() => setMissing(null)}>
        ×
      </button>
    </div>
  );
}

/** Every heading of the note, by its text and by each GitHub-style alias it answers to. */
function candidates(): MatchCandidate[] {
  const headings = document.querySelectorAll<HTMLElement>(".note :is(h2, h3, h4, h5, h6)[id]");
  return [...headings].flatMap((heading) => {
    const text = (heading.textContent ?? "").replace(/\s+/gu, " ").trim();
    const aliases = [...heading.querySelectorAll<HTMLElement>(".heading-alias[id]")].map((alias) => ({ id: heading.id, text: alias.id }));
    return [{ id: heading.id, text }, ...aliases];
  });
}

/**
 * Images above the target that are still loading may push it down (remote
 * ones have no size until they arrive). Once they are done, or after a while,
 * scroll the target back under the header, unless the reader moved first.
 */
function keepInPlace(target: HTMLElement, loading: readonly HTMLImageElement[]): () => void {
  let moved = false;
  let stopped = false;
  const onIntent = () => {
    moved = true;
  };
  const intents = ["wheel", "touchstart", "pointerdown", "keydown"] as const;
  for (const type of intents) window.addEventListener(type, onIntent, { passive: true, once: true });

  const pending = loading.filter((image) => image.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING);
  const loaded = pending.map(
    (image) =>
      new Promise<void>((resolve) => {
        // It may have finished while this module loaded: no event will come.
        if (image.complete) resolve();
        image.addEventListener("load", () => resolve(), { once: true });
        image.addEventListener("error", () => resolve(), { once: true });
      }),
  );
  let timer = 0;
  const waited = new Promise<void>((resolve) => {
    timer = window.setTimeout(resolve, IMAGE_WAIT_MS);
  });
  if (pending.length > 0) {
    void Promise.race([Promise.all(loaded), waited]).then(() => {
      if (stopped || moved) return;
      const margin = Number.parseFloat(window.getComputedStyle(target).scrollMarginTop) || 0;
      if (Math.abs(target.getBoundingClientRect().top - margin) > 2) target.scrollIntoView({ block: "start" });
    });
  }
  return () => {
    stopped = true;
    window.clearTimeout(timer);
    for (const type of intents) window.removeEventListener(type, onIntent);
  };
}
