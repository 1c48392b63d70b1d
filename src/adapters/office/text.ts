/**
 * Text written into cells must stay text. Range.values reads a string the way Excel reads
 * typing: "=…" is a formula, "+…", "-…" and "@…" become formulas (a sheet named "-收入", a typed
 * reason "=见附件"), "2021" becomes a number, "TRUE" a boolean. A leading apostrophe is Excel's own
 * way to say "this is text": it is honoured on every platform, hidden in the cell, and not part of
 * the value read back — unlike a zero-width space, which would stay in the text the accountant
 * copies into the disclosure. The Text number format ("@") would also work, but Excel shows a
 * Text cell holding more than 255 characters as ####, and the narrative's paragraphs are longer.
 */

/** Characters that make Excel read an entry as a formula, including their full-width forms. */
const FORMULA_START = /^[=+\-@＝＋－]/;
/** Entries Excel would turn into a number, date, time, percentage or boolean. */
const LOOKS_PARSED = /^\s*[-+(]?[\d.,:/ ]*\d[\d.,:/ ]*[%)]?\s*$|^\s*(true|false)\s*$|^\s*\d{1,4}\s*[年/-]\s*\d/i;

export function safeText(text: string): string {
  if (text === "") return "";
  if (FORMULA_START.test(text) || text.startsWith("'") || LOOKS_PARSED.test(text)) return `'${text}`;
  return text;
}

/** A string literal inside a formula: double the quotes. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * =HYPERLINK("#'公开06表'!E9","公开06表!E9") — a link inside the workbook. The sheet name is always
 * quoted (valid for every name, and needed for spaces and punctuation), quotes doubled.
 */
export function internalLinkFormula(sheet: string, a1: string, label: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${a1}`;
  return `=HYPERLINK(${literal(target)},${literal(label)})`;
}
