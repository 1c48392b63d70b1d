/**
 * "已检查 37/200 …" on stderr while a batch runs — only on a terminal (a log file or a pipe gets
 * no carriage-return noise), not with --quiet, and only once the run has taken a second (a short
 * run needs no progress).
 */
const DELAY_MS = 1000;

export interface Progress {
  /** How many workbooks are done, and the one just finished. */
  readonly update: (done: number, total: number, file: string) => void;
  /** Clears the progress line before the results are printed. */
  done(): void;
}

export function progressOnStderr(opts: { quiet: boolean; stream?: NodeJS.WriteStream; now?: () => number }): Progress {
  const stream = opts.stream ?? process.stderr;
  const now = opts.now ?? Date.now;
  if (opts.quiet || !stream.isTTY) return { update: () => undefined, done: () => undefined };
  const start = now();
  let shown = false;
  return {
    update(done, total, file) {
      if (now() - start < DELAY_MS) return;
      shown = true;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      const line = `已检查 ${done}/${total}：${file}`;
      stream.write(`\r${line.length > width ? `${line.slice(0, width - 1)}…` : line}\x1b[K`);
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
