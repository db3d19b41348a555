import type { ComponentProps } from "react";
import { MermaidDiagram } from "./MermaidDiagram";

/**
 * `<figure>` of a note: a ```` ```mermaid ```` block marked by
 * rehype-mermaid-blocks (`data-mermaid` holds its source) becomes the diagram
 * island; any other figure stays as it is.
 */
export function NoteFigure(props: ComponentProps<"figure"> & { "data-mermaid"?: unknown }) {
  const { "data-mermaid": source, ...rest } = props;
  if (typeof source !== "string") return <figure {...rest} />;
  return <MermaidDiagram source={source}>{rest.children}</MermaidDiagram>;
}
