import type { ComponentProps } from "react";
import { CopyCodeButton } from "./CopyCodeButton";

/** A highlighted `<pre>` with its language shown and a copy button. */
export function CodeBlock(props: ComponentProps<"pre"> & { "data-language"?: string }) {
  const language = props["data-language"];
  return (
    <figure className="code-block relative">
      {language && language !== "text" ? (
        <figcaption className="absolute right-16 top-2.5 select-none font-mono text-xs text-muted">{language}</figcaption>
      ) : null}
      <pre {...props} />
      <CopyCodeButton />
    </figure>
  );
}
