/**
 * Worksheet names from file names: Excel allows at most 31 characters and none of : \ / ? * [ ],
 * no leading or trailing apostrophe, and names are unique regardless of case.
 */
const FORBIDDEN = /[:\\/?*[\]]/g;
const MAX = 31;

export function sheetNameFor(file: string, taken: Set<string>): string {
  const base = (file.split(/[\\/]/).pop() ?? file).replace(/\.xlsx$/i, "").replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "").trim() || "工作簿";
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : `(${n})`;
    const name = base.slice(0, MAX - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
