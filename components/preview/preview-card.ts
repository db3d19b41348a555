import type { PagePreview, SectionPreview } from "@/lib/content/previews";
import { previewTarget, previewUrl } from "./preview-target";

/**
 * The link preview card, loaded by ./LinkPreviews.tsx on the first intent.
 * Plain DOM, not React: one element, made once, filled with text (never
 * HTML), shown beside one link at a time. It is a `role="tooltip"` that the
 * link names with `aria-describedby`, and it follows WCAG 1.4.13: the pointer
 * may move onto it (hoverable), Escape closes it (dismissible), and it stays
 * while the pointer or focus is on the link or card (persistent).
 */

/** Space between the link and the card, and kept free at the viewport's edges. */
const GAP = 8;
/** Grace time for the pointer to travel from the link to the card (and back). */
const LEAVE_DELAY_MS = 200;

const previews = new Map<string, Promise<PagePreview | null>>();

/** A page's preview JSON, fetched once per page; a failed fetch (offline, a page without one) may be tried again later. */
function loadPreview(slug: string): Promise<PagePreview | null> {
  const known = previews.get(slug);
  if (known) return known;
  const loading = fetch(previewUrl(slug))
    .then((response) => (response.ok ? response.json() : null))
    .then((data: unknown) => (isPagePreview(data) ? data : null))
    .catch(() => null)
    .then((preview) => {
      if (preview === null) previews.delete(slug);
      return preview;
    });
  previews.set(slug, loading);
  return loading;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

function isSectionPreview(value: unknown): value is SectionPreview {
  if (typeof value !== "object" || value === null) return false;
  const { ids, title, excerpt } = value as Record<string, unknown>;
  return isStringArray(ids) && typeof title === "string" && typeof excerpt === "string";
}

/** The file is the site's own, but a stale cached copy may have another shape: read it, or show nothing. */
function isPagePreview(value: unknown): value is PagePreview {
  if (typeof value !== "object" || value === null) return false;
  const { title, path, excerpt, sections } = value as Record<string, unknown>;
  return (
    typeof title === "string" && isStringArray(path) && typeof excerpt === "string" && Array.isArray(sections) && sections.every(isSectionPreview)
  );
}

/** What the card says about a link: the section it names when the page has it, else the page. */
function cardText(preview: PagePreview, id: string | null): { path: string[]; title: string; excerpt: string } {
  const section = id === null ? undefined : preview.sections.find((candidate) => candidate.ids.includes(id));
  if (!section) return { path: preview.path, title: preview.title, excerpt: preview.excerpt };
  return { path: [...preview.path, preview.title], title: section.title, excerpt: section.excerpt || preview.excerpt };
}

type Shown = { link: HTMLAnchorElement; cause: "pointer" | "focus"; describedBy: string | null };

let card: HTMLDivElement | null = null;
let shown: Shown | null = null;
/** The link whose card the reader dismissed with Escape: it stays closed until the pointer or focus leaves it. */
let dismissed: HTMLAnchorElement | null = null;
let leaveTimer: number | undefined;
/** Bumped on every open and close, so a preview that arrives late for a link no longer in view is dropped. */
let generation = 0;

function cardElement(): HTMLDivElement {
  if (card) return card;
  const element = document.createElement("div");
  element.id = `link-preview-${Math.random().toString(36).slice(2, 8)}`;
  element.setAttribute("role", "tooltip");
  element.className =
    "link-preview fixed z-50 w-[min(22rem,calc(100vw-1rem))] overflow-hidden rounded-lg border border-line bg-page p-3 text-left text-sm text-ink shadow-lg";
  element.addEventListener("pointerenter", () => window.clearTimeout(leaveTimer));
  element.addEventListener("pointerleave", () => scheduleClose());
  card = element;
  listen();
  return element;
}

function line(className: string, text: string): HTMLElement {
  const element = document.createElement(className.includes("font-semibold") ? "strong" : "span");
  element.className = `block ${className}`;
  element.textContent = text;
  return element;
}

/**
 * Open the card for `link`, once its page's preview is known. Shown only if
 * the link still has the reader's pointer or focus by then.
 */
export async function openPreview(link: HTMLAnchorElement, cause: "pointer" | "focus"): Promise<void> {
  if (dismissed === link || shown?.link === link) return;
  const target = previewTarget(link.getAttribute("href") ?? "", window.location.href);
  if (!target) return;
  const ticket = ++generation;
  const preview = await loadPreview(target.slug);
  const stillWanted = cause === "pointer" ? link.matches(":hover") : document.activeElement === link;
  if (!preview || ticket !== generation || !stillWanted || !link.isConnected) return;
  closePreview();
  const text = cardText(preview, target.id);
  const element = cardElement();
  const parts = [
    ...(text.path.length > 0 ? [line("truncate text-xs text-muted", text.path.join(" › "))] : []),
    line("mt-0.5 font-semibold", text.title),
    ...(text.excerpt ? [line("mt-1 line-clamp-4 text-muted", text.excerpt)] : []),
  ];
  element.replaceChildren(...parts);
  // Inside <main>, so the card belongs to the page's landmarks like the link it describes.
  (document.getElementById("main") ?? document.body).append(element);
  const describedBy = link.getAttribute("aria-describedby");
  link.setAttribute("aria-describedby", describedBy ? `${describedBy} ${element.id}` : element.id);
  shown = { link, cause, describedBy };
  place(element, link);
}

/** Close the card, if open, and give the link back its own description. */
export function closePreview(): void {
  window.clearTimeout(leaveTimer);
  generation += 1;
  if (!shown) return;
  if (shown.describedBy === null) shown.link.removeAttribute("aria-describedby");
  else shown.link.setAttribute("aria-describedby", shown.describedBy);
  card?.remove();
  shown = null;
}

function scheduleClose(): void {
  window.clearTimeout(leaveTimer);
  leaveTimer = window.setTimeout(() => {
    if (shown && (shown.link.matches(":hover") || card?.matches(":hover") || (shown.cause === "focus" && document.activeElement === shown.link)))
      return;
    closePreview();
  }, LEAVE_DELAY_MS);
}

/**
 * Below the link, or above it when it does not fit below; never over it. On a
 * screen too short for either, the side with more room, the card cut to it.
 * Hand-written rather than @floating-ui/dom: one rectangle, two sides and a
 * horizontal clamp are all this card needs.
 */
export function placement(
  link: { top: number; bottom: number; left: number },
  size: { width: number; height: number },
  viewport: { width: number; height: number },
): { top: number; left: number; maxHeight: number | null } {
  const below = viewport.height - link.bottom - 2 * GAP;
  const above = link.top - 2 * GAP;
  const left = Math.max(GAP, Math.min(link.left, viewport.width - size.width - GAP));
  if (size.height <= below) return { top: link.bottom + GAP, left, maxHeight: null };
  if (size.height <= above) return { top: link.top - GAP - size.height, left, maxHeight: null };
  if (below >= above) return { top: link.bottom + GAP, left, maxHeight: Math.max(0, below) };
  return { top: GAP, left, maxHeight: Math.max(0, above) };
}

function place(element: HTMLDivElement, link: HTMLAnchorElement): void {
  element.style.maxHeight = "";
  const rects = [...link.getClientRects()];
  const bounds = link.getBoundingClientRect();
  // A link wrapped over two lines: the card starts under the line's start, clear of both lines.
  const first = rects[0] ?? bounds;
  const size = element.getBoundingClientRect();
  const spot = placement(
    { top: bounds.top, bottom: bounds.bottom, left: first.left },
    { width: size.width, height: size.height },
    { width: document.documentElement.clientWidth, height: window.innerHeight },
  );
  element.style.top = `${spot.top}px`;
  element.style.left = `${spot.left}px`;
  if (spot.maxHeight !== null) element.style.maxHeight = `${spot.maxHeight}px`;
}

/** Listeners for closing, added with the card's first use. */
function listen(): void {
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !shown) return;
    dismissed = shown.link;
    closePreview();
  });
  document.addEventListener("pointerout", (event) => {
    if (!shown || !(event.target instanceof Node) || !shown.link.contains(event.target)) return;
    if (event.relatedTarget instanceof Node && (shown.link.contains(event.relatedTarget) || card?.contains(event.relatedTarget))) return;
    scheduleClose();
  });
  document.addEventListener("focusout", (event) => {
    if (event.target === dismissed) dismissed = null;
    if (shown && event.target === shown.link && shown.cause === "focus") scheduleClose();
  });
  document.addEventListener(
    "pointerover",
    (event) => {
      if (dismissed && event.target instanceof Node && !dismissed.contains(event.target)) dismissed = null;
    },
    { passive: true },
  );
  // The card is placed for the link where it was; a scroll of the page or a click moves on (a sidebar's own scroll does not).
  window.addEventListener("scroll", () => closePreview(), { passive: true });
  document.addEventListener("pointerdown", (event) => {
    if (shown && !(event.target instanceof Node && card?.contains(event.target))) closePreview();
  });
}
