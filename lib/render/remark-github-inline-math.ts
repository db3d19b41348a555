import type { Root } from "mdast";
import type { Plugin } from "unified";
import { visit } from "unist-util-visit";

// `$`a^2`$`: the dollars hold one code span, backticks and all.
const backticked = /^`([^`][\s\S]*?)`$/u;

/**
 * Read GitHub's inline math form, ``$`a^2`$``, as the formula `a^2`.
 *
 * GitHub added it for formulas that Markdown would otherwise eat (`$a*b*c$`).
 * remark-math already takes the dollars, but keeps the backticks in the
 * formula, which KaTeX then draws as quotes; this drops them from the value
 * and from the `<code>` that KaTeX reads.
 */
const remarkGithubInlineMath: Plugin<[], Root> = function () {
  return function (tree) {
    // The `inlineMath` node type comes from remark-math (mdast-util-math augments mdast).
    visit(tree, "inlineMath", (node) => {
      const match = backticked.exec(node.value);
      const formula = match?.[1];
      if (formula === undefined) return;
      node.value = formula;
      if (node.data?.hChildren) node.data.hChildren = [{ type: "text", value: formula }];
    });
  };
};

export default remarkGithubInlineMath;
