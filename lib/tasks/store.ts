import { LEGACY_STORAGE_KEY, migrateLegacyTicks } from "./legacy";
import { parseStoredDocument, STORE_VERSION, ticksToRecord, versionOf } from "./schema";
import type { Tick, Ticks } from "./tree";

/** The one localStorage key of task progress; the suffix is the format version. */
export const STORAGE_KEY = "study-portal:tasks:v1";

/**
 * Why progress lives only in memory on this page:
 * - `unavailable`: localStorage cannot be reached (private mode, cookies blocked).
 * - `unreadable`: the stored value is not JSON or not the expected shape.
 * - `unsupported`: it is a format this version does not know (left untouched).
 * - `unwritable`: writing failed, usually because storage is full.
 */
export type StoreProblem = "unavailable" | "unreadable" | "unsupported" | "unwritable";

/** What every checkbox and progress bar renders from. Replaced, never mutated, so React sees each change. */
export type TaskSnapshot = { ticks: Ticks; problem: StoreProblem | null };

/** The minimal event source the store listens to for other tabs' writes (the window, or a fake in tests). */
export type StorageEvents = {
  addEventListener(type: "storage", listener: (event: StorageChange) => void): void;
  removeEventListener(type: "storage", listener: (event: StorageChange) => void): void;
};

/** The part of a `StorageEvent` the store reads: which key changed (null when storage was cleared). */
export type StorageChange = { key: string | null };

export type TaskStoreOptions = {
  /** Returns the storage; may throw (SecurityError) or return null. Called lazily. */
  storage: () => Storage | null;
  /** Where `storage` events arrive; null when there is no window. */
  events: StorageEvents | null;
  /** The clock for tick times; injectable for tests. */
  now?: () => number;
};

export type TaskStore = {
  subscribe(listener: () => void): () => void;
  getSnapshot(): TaskSnapshot;
  getServerSnapshot(): TaskSnapshot;
  /** Sets tasks to done or not done. */
  set(changes: ReadonlyMap<string, boolean>): void;
  /** Forgets every tick whose id starts with `prefix` (a week's `week-08/`), so its tasks return to the author's state. */
  clear(prefix: string): void;
  /** Replaces all ticks with the result of `change` (imports). */
  replace(change: (current: Ticks) => Ticks): void;
};

/** The server (and first client) render: no ticks, so every task shows the author's state. */
export const SERVER_SNAPSHOT: TaskSnapshot = Object.freeze({ ticks: new Map<string, Tick>(), problem: null });

type Loaded = { snapshot: TaskSnapshot; persistent: boolean };

/**
 * One store over localStorage for `useSyncExternalStore`. It never throws: when
 * storage is missing, broken or full it keeps the ticks in memory and reports
 * the problem in the snapshot, and it never overwrites a value it could not read.
 */
export function createTaskStore(options: TaskStoreOptions): TaskStore {
  const now = options.now ?? Date.now;
  const listeners = new Set<() => void>();
  let state: Loaded | null = null;

  function storage(): Storage | null {
    try {
      return options.storage();
    } catch {
      return null;
    }
  }

  function load(): Loaded {
    const area = storage();
    if (!area) return memoryOnly(new Map(), "unavailable");
    let raw: string | null;
    try {
      raw = area.getItem(STORAGE_KEY);
    } catch {
      return memoryOnly(new Map(), "unavailable");
    }
    if (raw === null) return migrateLegacy(area);
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return memoryOnly(new Map(), "unreadable");
    }
    const version = versionOf(value);
    if (version !== null && version !== STORE_VERSION) return memoryOnly(new Map(), "unsupported");
    const document = parseStoredDocument(value);
    if (!document) return memoryOnly(new Map(), "unreadable");
    return saved(document.ticks);
  }

  /**
   * No v1 document yet: carry over progress an older build saved under the
   * unversioned key, then drop that key. An old value of no known shape is left alone.
   */
  function migrateLegacy(area: Storage): Loaded {
    const fresh = saved(new Map());
    let ticks: Map<string, Tick> | null = null;
    try {
      const old = area.getItem(LEGACY_STORAGE_KEY);
      if (old === null) return fresh;
      ticks = migrateLegacyTicks(JSON.parse(old), now());
    } catch {
      return fresh;
    }
    if (!ticks) return fresh;
    try {
      area.setItem(STORAGE_KEY, JSON.stringify({ version: STORE_VERSION, ticks: ticksToRecord(ticks) }));
    } catch {
      // Full: the old value stays where it was, and this page keeps the ticks in memory.
      return memoryOnly(ticks, "unwritable");
    }
    try {
      area.removeItem(LEGACY_STORAGE_KEY);
    } catch {
      // Harmless: the v1 document wins from now on.
    }
    return saved(ticks);
  }

  function current(): Loaded {
    state ??= load();
    return state;
  }

  function commit(ticks: Ticks): void {
    const { persistent, snapshot } = current();
    if (persistent) {
      try {
        const area = storage();
        if (!area) throw new Error("storage went away");
        area.setItem(STORAGE_KEY, JSON.stringify({ version: STORE_VERSION, ticks: ticksToRecord(ticks) }));
      } catch {
        // QuotaExceededError, SecurityError: the reader keeps ticking, in memory.
        state = memoryOnly(ticks, "unwritable");
        notify();
        return;
      }
    }
    state = { persistent, snapshot: { ticks, problem: snapshot.problem } };
    notify();
  }

  function notify(): void {
    for (const listener of listeners) listener();
  }

  function onStorage(event: StorageChange): void {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    // A page that keeps ticks only in memory must not lose them to another tab's copy.
    if (state && !state.persistent) return;
    state = load();
    notify();
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) options.events?.addEventListener("storage", onStorage);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) options.events?.removeEventListener("storage", onStorage);
      };
    },
    getSnapshot: () => current().snapshot,
    getServerSnapshot: () => SERVER_SNAPSHOT,
    set(changes) {
      const ticks = new Map(current().snapshot.ticks);
      const at = now();
      for (const [id, done] of changes) ticks.set(id, { done, at });
      commit(ticks);
    },
    clear(prefix) {
      const ticks = new Map([...current().snapshot.ticks].filter(([id]) => !id.startsWith(prefix)));
      commit(ticks);
    },
    replace(change) {
      commit(change(current().snapshot.ticks));
    },
  };
}

/**
 * Ticks read from storage. With none, the snapshot is the server's own object:
 * `useSyncExternalStore` then sees nothing change after hydration, and a first
 * visit does not re-render every checkbox and progress bar in one blocking task.
 */
function saved(ticks: Ticks): Loaded {
  return { snapshot: ticks.size === 0 ? SERVER_SNAPSHOT : { ticks, problem: null }, persistent: true };
}

function memoryOnly(ticks: Ticks, problem: StoreProblem): Loaded {
  return { snapshot: { ticks, problem }, persistent: false };
}
