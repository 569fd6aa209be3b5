import type { StorageEventLike, TabWindow } from '../../src/store/tab-sync.ts';

/** What the fake storage does on the next calls. */
export type FakeMode = 'ok' | 'quota' | 'security';

/** An in-memory Storage that can be told to throw like a full or blocked browser storage. */
export class FakeStorage implements Storage {
  readonly data = new Map<string, string>();
  mode: FakeMode = 'ok';
  /** Called after every successful write (the tab bus uses it to send storage events). */
  onWrite: (key: string, value: string | null) => void = () => {};

  private check(write: boolean) {
    if (this.mode === 'security')
      throw new DOMException('The operation is insecure.', 'SecurityError');
    if (write && this.mode === 'quota')
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
  }

  get length() {
    this.check(false);
    return this.data.size;
  }
  key(i: number) {
    this.check(false);
    return [...this.data.keys()][i] ?? null;
  }
  getItem(key: string) {
    this.check(false);
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.check(true);
    // As in browsers, writing the same value again is not a change and sends no event.
    if (this.data.get(key) === value) return;
    this.data.set(key, String(value));
    this.onWrite(key, value);
  }
  removeItem(key: string) {
    this.check(true);
    this.data.delete(key);
    this.onWrite(key, null);
  }
  clear() {
    this.check(true);
    this.data.clear();
  }
}

/** A fake window that only knows the storage event. */
export class FakeWindow implements TabWindow {
  private listeners = new Set<(e: StorageEventLike) => void>();
  addEventListener(_type: 'storage', l: (e: StorageEventLike) => void) {
    this.listeners.add(l);
  }
  removeEventListener(_type: 'storage', l: (e: StorageEventLike) => void) {
    this.listeners.delete(l);
  }
  dispatch(e: StorageEventLike) {
    for (const l of this.listeners) l(e);
  }
}

/**
 * Tabs sharing one storage: a write in one tab queues a storage event for every other tab, as
 * browsers do. flush() delivers queued events until none are left and returns how many it sent.
 */
export class TabBus {
  readonly storage = new FakeStorage();
  private tabs: FakeWindow[] = [];
  private queue: Array<{ to: FakeWindow; event: StorageEventLike }> = [];
  private writer: FakeWindow | null = null;

  constructor() {
    this.storage.onWrite = (key, newValue) => {
      for (const tab of this.tabs)
        if (tab !== this.writer) this.queue.push({ to: tab, event: { key, newValue } });
    };
  }

  /** A new tab: its window, a Storage view that tags writes with it, and its count of setItem calls. */
  tab(): { win: FakeWindow; storage: Storage; writes: () => number } {
    const win = new FakeWindow();
    let writes = 0;
    this.tabs.push(win);
    const storage = new Proxy(this.storage, {
      get: (target, prop) => {
        const value = Reflect.get(target, prop, target) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (prop === 'setItem') writes += 1;
          this.writer = win;
          try {
            return (value as (...a: unknown[]) => unknown).apply(target, args);
          } finally {
            this.writer = null;
          }
        };
      },
    });
    return { win, storage, writes: () => writes };
  }

  flush(max = 50): number {
    let sent = 0;
    while (this.queue.length > 0) {
      if (sent >= max) throw new Error('tabs keep writing back and forth');
      const next = this.queue.shift()!;
      next.to.dispatch(next.event);
      sent += 1;
    }
    return sent;
  }
}
