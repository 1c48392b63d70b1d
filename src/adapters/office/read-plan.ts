/**
 * How a workbook is read under Excel on the web's payload limit (pure; tested without Excel).
 *
 * "Excel on the web has a payload size limit for requests and responses of 5MB" and "a range is
 * limited to five million cells for get operations" (learn.microsoft.com/office/dev/add-ins/
 * concepts/resource-limits-and-performance-optimization, § Excel add-ins). Microsoft's advice:
 * check the size before context.sync() and split into smaller syncs. The size of values and
 * number formats is not known before they arrive, so a chunk is planned from an estimate per
 * cell with a wide margin, and a chunk that still comes back too large is split and read again.
 */

/** A rectangle of one sheet to read (values and number formats), 0-based. */
export interface ReadPiece {
  readonly sheet: string;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly cols: number;
  /** Also each row's hidden flag (hidden-lines.ts): only on sheets where some rows are hidden. */
  readonly rowFlags?: boolean;
  /** Also each column's hidden flag: planned on a sheet's first band only, so read once. */
  readonly colFlags?: boolean;
}

/** Several pieces read in one sync. */
export type ReadChunk = readonly ReadPiece[];

/** What a sync may bring back, by our estimate: 2 MB, well inside the 5 MB limit. */
export const READ_BUDGET_BYTES = 2_000_000;

/**
 * Estimated JSON bytes of one cell's value plus its number format. A figure with "#,##0.00" is
 * about 22; a label of twelve Chinese characters about 50 (3 bytes each in UTF-8). 48 keeps an
 * all-text sheet within budget; what is still larger is split on the retry.
 */
export const BYTES_PER_CELL = 48;

/**
 * Estimated JSON bytes of one row's or column's hidden flag: {"rowHidden":false} is 18, one item
 * of getRowProperties; counted as a cell's worth for the same margin.
 */
export const BYTES_PER_LINE_FLAG = 48;

/**
 * Cuts every sheet's rectangle into row bands and packs the bands into chunks of at most
 * `budget` estimated bytes, sheets in workbook order, so that small sheets share one sync. Hidden
 * flags asked for count too: one per row of every band, one per column with the first band.
 */
export function planChunks(pieces: readonly ReadPiece[], budget = READ_BUDGET_BYTES, bytesPerCell = BYTES_PER_CELL): ReadChunk[] {
  const chunks: ReadPiece[][] = [];
  let current: ReadPiece[] = [];
  let room = budget;
  const flush = (): void => {
    if (current.length > 0) chunks.push(current);
    current = [];
    room = budget;
  };
  for (const { colFlags, ...piece } of pieces) {
    const rowBytes = piece.cols * bytesPerCell + (piece.rowFlags ? BYTES_PER_LINE_FLAG : 0);
    let firstBandBytes = colFlags ? piece.cols * BYTES_PER_LINE_FLAG : 0;
    let top = piece.top;
    let left = piece.rows;
    while (left > 0) {
      // At least one row per band, even when a single row is over budget (very wide sheets).
      let rows = Math.min(left, Math.floor((room - firstBandBytes) / rowBytes));
      if (rows < 1) {
        if (current.length > 0) {
          flush();
          continue;
        }
        rows = 1;
      }
      current.push({ ...piece, top, rows, ...(firstBandBytes > 0 ? { colFlags: true } : {}) });
      room -= rows * rowBytes + firstBandBytes;
      firstBandBytes = 0;
      top += rows;
      left -= rows;
      if (room < rowBytes) flush();
    }
  }
  flush();
  return chunks;
}

/**
 * A chunk that came back over the limit, in two: by pieces when it has several, else its one
 * piece by rows. Null when it is a single row, which cannot be split by rows.
 */
export function splitChunk(chunk: ReadChunk): [ReadChunk, ReadChunk] | null {
  if (chunk.length > 1) {
    const half = Math.ceil(chunk.length / 2);
    return [chunk.slice(0, half), chunk.slice(half)];
  }
  const [piece] = chunk;
  if (!piece || piece.rows < 2) return null;
  const upper = Math.ceil(piece.rows / 2);
  // Column flags stay with the upper half, which keeps the band's first row.
  const { colFlags: _once, ...rest } = piece;
  return [[{ ...piece, rows: upper }], [{ ...rest, top: piece.top + upper, rows: piece.rows - upper }]];
}
