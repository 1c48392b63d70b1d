/** xl/workbook.xml: the sheets in tab order, with their names, visibility and relationship ids. */
import { parseAttributes, scanXml } from "../xml/scan-xml";

export interface SheetEntry {
  readonly name: string;
  readonly relationshipId: string;
  /** hidden and veryHidden are both hidden to the user. */
  readonly hidden: boolean;
}

export function parseWorkbookPart(xml: string, part: string): SheetEntry[] {
  const sheets: SheetEntry[] = [];
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (name !== "sheet") return;
        const a = parseAttributes(attrs);
        const state = a.state ?? "visible";
        sheets.push({ name: a.name ?? "", relationshipId: a.id ?? "", hidden: state === "hidden" || state === "veryHidden" });
      },
      close() {},
      text() {},
    },
    part,
  );
  return sheets;
}
