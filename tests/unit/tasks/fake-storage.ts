import type { StorageChange } from "@/lib/tasks/store";

/** An in-memory Storage for tests, with switches for the ways real storage fails. */
export class FakeStorage implements Storage {
  readonly data = new Map<string, string>();
  /** Throw on every write, as a full storage does. */
  full = false;
  /** Throw on every access, as blocked storage does. */
  blocked = false;

  get length(): number {
    return this.data.size;
  }

  clear(): void {
    this.check();
    this.data.clear();
  }

  getItem(key: string): string | null {
    this.check();
    return this.data.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.check();
    this.data.delete(key);
  }

  setItem(key: string, value: string): void {
    this.check();
    if (this.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.data.set(key, value);
  }

  private check(): void {
    if (this.blocked) throw new DOMException("The operation is insecure.", "SecurityError");
  }
}

/** A window-like target for `storage` events. */
export class FakeEvents {
  private readonly listeners = new Set<(event: StorageChange) => void>();

  addEventListener(_type: "storage", listener: (event: StorageChange) => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: "storage", listener: (event: StorageChange) => void): void {
    this.listeners.delete(listener);
  }

  get count(): number {
    return this.listeners.size;
  }

  /** What another tab's write looks like here. */
  fire(key: string | null): void {
    for (const listener of this.listeners) listener({ key });
  }
}
