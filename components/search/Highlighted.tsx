import { pieces, type Range, type Snippet } from "@/lib/search/highlight";

/** Text with its matches in <mark>. A plain component: rendered on the server (/search) and in the dialog. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {pieces(text, ranges).map((piece) =>
        piece.marked ? (
          <mark key={piece.start} className="search-mark">
            {piece.text}
          </mark>
        ) : (
          <span key={piece.start}>{piece.text}</span>
        ),
      )}
    </>
  );
}

/** A snippet with ellipses where the text was cut. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  return (
    <>
      {snippet.clippedStart ? "… " : null}
      <Highlighted text={snippet.text} ranges={snippet.ranges} />
      {snippet.clippedEnd ? " …" : null}
    </>
  );
}
