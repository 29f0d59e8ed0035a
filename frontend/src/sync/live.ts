import { Timer, type Timers } from './timers';

export interface LivePollingOptions {
  intervalMs: number;
  timers: Timers;
  /** The cheap request: the map's current version on the server. */
  getVersion(): Promise<number>;
  /** Told every version the server reports; decides itself whether to load the map. */
  onVersion(version: number): void;
  document?: Document;
}

export interface LivePolling {
  dispose(): void;
}

/**
 * Polls the map's version so other editors' changes show up within a few seconds. Only the
 * version travels; the caller loads the whole map when it changed. Paused while the page is
 * hidden; polls at once when it becomes visible again. Failed polls are simply tried again.
 */
export function startLivePolling(options: LivePollingOptions): LivePolling {
  const doc = options.document ?? (typeof document === 'undefined' ? undefined : document);
  const timer = new Timer(options.timers);
  let running = false;
  let disposed = false;

  const schedule = () => {
    if (!disposed) {
      timer.start(options.intervalMs, () => void tick());
    }
  };

  const tick = async () => {
    if (disposed || running) {
      return;
    }
    if (doc?.hidden === true) {
      return; // resumed by visibilitychange
    }
    running = true;
    try {
      const version = await options.getVersion();
      if (!disposed) {
        options.onVersion(version);
      }
    } catch {
      // offline or a transient error: the next tick tries again
    } finally {
      running = false;
      schedule();
    }
  };

  const onVisibility = () => {
    if (doc?.hidden === false && !running) {
      timer.stop();
      void tick();
    }
  };

  doc?.addEventListener('visibilitychange', onVisibility);
  schedule();

  return {
    dispose() {
      disposed = true;
      timer.stop();
      doc?.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
