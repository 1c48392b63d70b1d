/**
 * At most one piece of work at a time: a second start while one runs is refused (returns null)
 * instead of queued. Pressing 校验 twice, or 标记 while 校验 is reading, must not start a second
 * Excel batch: two batches interleaving could read a half-written workbook.
 * Kept outside React so that the rule can be tested without a DOM.
 */
export interface SingleFlight {
  readonly busy: boolean;
  run<T>(work: () => Promise<T>): Promise<T> | null;
}

export function createSingleFlight(): SingleFlight {
  let current: Promise<unknown> | null = null;
  return {
    get busy() {
      return current !== null;
    },
    run<T>(work: () => Promise<T>): Promise<T> | null {
      if (current) return null;
      // Set before `work` runs: a second call in the same tick already sees the flight.
      const p = Promise.resolve()
        .then(work)
        .finally(() => {
          current = null;
        });
      current = p;
      return p;
    },
  };
}
