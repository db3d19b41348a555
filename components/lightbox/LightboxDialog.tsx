"use client";

import { useEffect, useRef, useState } from "react";
import { type GalleryImage, imageHash, sectionGallery } from "./gallery";

type Props = { section: string; index: number; onClose: () => void };

/**
 * The lightbox: one section's images, large, with an "N / M" counter, previous
 * and next buttons, arrow keys, swipe, click to zoom to natural size, Escape or
 * a click outside to close. A modal <dialog> keeps focus inside; focus returns
 * to the image link on close, and the URL names the image while it is open.
 */
export default function LightboxDialog({ section, index, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [images] = useState<GalleryImage[]>(() => sectionGallery(section));
  const [position, setPosition] = useState(() => clamp(index - 1, images.length));
  const [zoomed, setZoomed] = useState(false);
  const [broken, setBroken] = useState(false);
  const swipeStart = useRef<number | null>(null);
  const current = images[position];

  useEffect(() => {
    const element = dialog.current;
    if (!element || images.length === 0) {
      onClose();
      return;
    }
    const returnTo = images[clamp(index - 1, images.length)]?.link ?? null;
    const previousHash = window.location.hash.startsWith(`#${encodeURIComponent(section)}/image-`) ? "" : window.location.hash;
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = "hidden";
    element.showModal();
    return () => {
      root.style.overflow = overflow;
      const url = `${window.location.pathname}${window.location.search}${previousHash}`;
      window.history.replaceState(window.history.state, "", url);
      returnTo?.focus({ preventScroll: true });
    };
  }, [images, index, section, onClose]);

  useEffect(() => {
    window.history.replaceState(window.history.state, "", imageHash(section, position + 1));
  }, [section, position]);

  if (!current) return null;

  function go(step: number) {
    setPosition((at) => (at + step + images.length) % images.length);
    setZoomed(false);
    setBroken(false);
  }

  return (
    <dialog
      ref={dialog}
      aria-label={`이미지 보기: ${current.alt}`}
      className="lightbox"
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === "ArrowRight") go(1);
        else if (event.key === "ArrowLeft") go(-1);
      }}
      onClick={(event) => {
        // A click on the backdrop (outside the content) lands on the dialog itself.
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="lightbox-bar">
        <p className="lightbox-counter" aria-live="polite">
          {position + 1} / {images.length}
        </p>
        <a href={current.src} target="_blank" rel="noopener noreferrer" className="lightbox-action">
          원본 열기
        </a>
        <button type="button" className="lightbox-action" onClick={() => dialog.current?.close()} autoFocus>
          닫기
        </button>
      </div>
      <div
        className={`lightbox-stage${zoomed ? " is-zoomed" : ""}`}
        onPointerDown={(event) => {
          swipeStart.current = event.pointerType === "mouse" ? null : event.clientX;
        }}
        onPointerUp={(event) => {
          const start = swipeStart.current;
          swipeStart.current = null;
          if (start === null || zoomed) return;
          const distance = event.clientX - start;
          if (Math.abs(distance) > 40) go(distance < 0 ? 1 : -1);
        }}
      >
        {broken ? (
          <p className="lightbox-broken">이미지를 불러오지 못했습니다: {current.alt}</p>
        ) : (
          <img
            key={current.src}
            src={current.src}
            alt={current.alt}
            onError={() => setBroken(true)}
            onClick={() => setZoomed((value) => !value)}
            title={zoomed ? "클릭하면 화면에 맞춥니다" : "클릭하면 원래 크기로 확대합니다"}
          />
        )}
      </div>
      {current.caption ? <p className="lightbox-caption">{current.caption}</p> : null}
      {images.length > 1 ? (
        <div className="lightbox-nav">
          <button type="button" className="lightbox-action" onClick={() => go(-1)}>
            이전 이미지
          </button>
          <button type="button" className="lightbox-action" onClick={() => go(1)}>
            다음 이미지
          </button>
        </div>
      ) : null}
    </dialog>
  );
}

function clamp(value: number, length: number): number {
  return Math.min(Math.max(value, 0), Math.max(length - 1, 0));
}
