import type { Root } from "mdast";

/** What holds a released tree without keeping it alive: a WeakRef (a test passes one that has lost its tree). */
export type TreeHold = { deref(): Root | undefined };

const holdWeakly = (tree: Root): TreeHold => new WeakRef(tree);

/**
 * A note's Markdown tree, held as a tree or, once released, as compact JSON
 * the tree is read back from when the garbage collector has taken it.
 *
 * Why: a production build's page worker holds every note for the whole of
 * page generation, and the trees were most of its live heap (about 0.23 MiB a
 * note with their positions: 240 MiB at 1000 notes). V8 lets a busy process
 * grow to a few times its live heap, so the worker reached 1.5 GiB and the
 * build's processes together passed 2 GiB (bench/build-scale.ts). The JSON
 * (about 0.11 MiB a note) lives in a Buffer, outside the heap V8 grows, and
 * reading a tree back takes about a millisecond where parsing the note again
 * takes fifty. `npm run dev` never releases: an edit re-reads one note.
 */
export class NoteTree {
  #kept: Root | null;
  #weak: TreeHold | null = null;
  #json: Buffer | null = null;
  readonly #hold: (tree: Root) => TreeHold;

  constructor(root: Root, hold: (tree: Root) => TreeHold = holdWeakly) {
    this.#kept = root;
    this.#hold = hold;
  }

  /** The tree. Callers must not change it: the same tree serves every page of the note (the renderer clones it). */
  root(): Root {
    if (this.#kept) return this.#kept;
    const alive = this.#weak?.deref();
    if (alive) return alive;
    if (!this.#json) throw new Error("note tree: released without its JSON (a bug in NoteTree)");
    const root = JSON.parse(this.#json.toString("utf8")) as Root;
    this.#weak = this.#hold(root);
    return root;
  }

  /** Keep only the JSON; the tree stays as long as something else holds it. */
  release(): void {
    if (!this.#kept) return;
    this.#json = Buffer.from(JSON.stringify(this.#kept), "utf8");
    this.#weak = this.#hold(this.#kept);
    this.#kept = null;
  }
}
