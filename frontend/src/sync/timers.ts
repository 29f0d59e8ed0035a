/** The timer functions the save queue and the poller use; tests may pass their own. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The global timers, looked up at each call (so test fake timers installed later still apply). */
export const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/** One restartable timeout. */
export class Timer {
  private handle: unknown = null;

  constructor(private readonly timers: Timers) {}

  start(ms: number, callback: () => void): void {
    this.stop();
    this.handle = this.timers.setTimeout(() => {
      this.handle = null;
      callback();
    }, ms);
  }

  stop(): void {
    if (this.handle !== null) {
      this.timers.clearTimeout(this.handle);
      this.handle = null;
    }
  }

  get pending(): boolean {
    return this.handle !== null;
  }
}
