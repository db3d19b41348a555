import type { Root } from "mdast";

/**
 * `read`, computed once per parsed tree. `npm run dev` keeps the parse of every
 * note whose text did not change (the ParseCache of lib/content/load.ts), so
 * what the loader reads from a tree on each reload (its links, its embeds, the
 * sentences around its links) is read again only for the note that changed.
 * At 1000 notes these walks took seconds of every edit. The result is shared
 * between calls: it is readonly and must stay so.
 */
export function perTree<T>(read: (tree: Root) => T): (tree: Root) => T {
  const results = new WeakMap<Root, { value: T }>();
  return (tree) => {
    const known = results.get(tree);
    if (known) return known.value;
    const value = read(tree);
    results.set(tree, { value });
    return value;
  };
}
