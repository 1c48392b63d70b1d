/**
 * xl/styles.xml, reduced to what the tables need: the number format code of every cell style
 * (cellXfs), which a cell's s="…" indexes. Format codes are kept as written, backslashes and all,
 * as Office.js reports Range.numberFormat.
 */
import { parseAttributes, scanXml } from "../xml/scan-xml";
import { BUILT_IN_FORMATS } from "./built-in-formats";

export function parseCellFormats(xml: string, part: string): string[] {
  const custom = new Map<number, string>();
  const xfIds: number[] = [];
  let inCellXfs = false;
  scanXml(
    xml,
    {
      open(name, attrs, selfClosing) {
        if (name === "numFmt") {
          const a = parseAttributes(attrs);
          custom.set(Number(a.numFmtId), a.formatCode ?? "General");
        } else if (name === "cellXfs") {
          inCellXfs = !selfClosing;
        } else if (name === "xf" && inCellXfs) {
          xfIds.push(Number(parseAttributes(attrs).numFmtId ?? 0));
        }
      },
      close(name) {
        if (name === "cellXfs") inCellXfs = false;
      },
      text() {},
    },
    part,
  );
  return xfIds.map((id) => custom.get(id) ?? BUILT_IN_FORMATS[id] ?? "General");
}
