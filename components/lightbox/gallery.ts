import { bySelector, NOTE_DOM } from "@/lib/dom-contract";

/** The note's image links (rehype-images), in page order. */
export const IMAGE_LINKS = `a${bySelector(NOTE_DOM.imageLink)}`;

/** One image of a section's gallery, read from the server-rendered page. */
export type GalleryImage = { link: HTMLAnchorElement; src: string; alt: string; caption: string | null };

/** The images of one section, in page order: what the lightbox steps through. */
export function sectionGallery(section: string): GalleryImage[] {
  return [...document.querySelectorAll<HTMLAnchorElement>(IMAGE_LINKS)]
    .filter((link) => link.getAttribute(NOTE_DOM.imageLink) === section)
    .map((link) => ({
      link,
      src: link.href,
      alt: link.querySelector("img")?.alt ?? "",
      caption: link.getAttribute(NOTE_DOM.imageCaption),
    }));
}

/** `#lecture-5/image-2`: the shareable address of an image in the lightbox. */
export function imageHash(section: string, index: number): string {
  return `#${encodeURIComponent(section)}/image-${index}`;
}

/** The section and 1-based index of an image hash, or null. */
export function parseImageHash(hash: string): { section: string; index: number } | null {
  const match = /^#(.*)\/image-(\d+)$/u.exec(hash);
  if (!match?.[1] || !match[2]) return null;
  try {
    return { section: decodeURIComponent(match[1]), index: Number(match[2]) };
  } catch {
    return null;
  }
}
