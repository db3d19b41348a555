/**
 * Holds the page's first paint until the parser has reached the element with
 * this id (`<link rel="expect" blocking="render">`, which React hoists into
 * `<head>`; browsers without it paint as before). On a slow phone the parser can
 * yield halfway through a header: the first frame then shows a search button with
 * only its icon, and when the rest arrives the header's buttons shift (issue #8:
 * CLS 0). Rendering resumes as soon as the element *starts*, so name the one right
 * after what must be whole, not the end of the page: a long note still paints
 * before all of it is parsed.
 */
export function FirstPaintAfter({ id }: { id: string }) {
  return <link rel="expect" href={`#${id}`} blocking="render" />;
}
