/**
 * Reads an .xlsx file's bytes into RawSheet[] — the same shape the Office.js adapter delivers.
 * Our own reader rather than a general spreadsheet library: it inflates only the parts the tables
 * need (workbook, relationships, shared strings, styles, worksheets) once, under the zip-bomb
 * limits, and scans their XML for values, number formats, merges and hidden rows/columns. A batch
 * of hundreds of workbooks spends its time here, and a general library spent most of it on
 * fonts, borders, themes and a second pass for the bomb check.
 * Runs in Node and in the browser.
 */
import type { RawSheet } from "../../core/raw-sheet";
import { WorkbookReadError } from "./errors";
import { parseRelationships, relationshipsPartOf, type Relationship } from "./parts/relationships";
import { parseSharedStrings } from "./parts/shared-strings";
import { parseCellFormats } from "./parts/styles-part";
import { parseWorkbookPart } from "./parts/workbook-part";
import { parseWorksheet } from "./parts/worksheet-part";
import { XmlSyntaxError } from "./xml/scan-xml";
import type { InflateRaw } from "./zip/inflate-raw";
import { XlsxPackage } from "./zip/package";

export interface ReadXlsxOptions {
  /** Raw DEFLATE; the portable one by default, Node's zlib on the command line. */
  readonly inflateRaw?: InflateRaw;
}

const NOT_A_WORKBOOK = "文件是压缩包，但不是 Excel 工作簿（.xlsx）。";

function relationshipsOf(pkg: XlsxPackage, source: string): Relationship[] {
  const xml = pkg.text(relationshipsPartOf(source));
  return xml === null ? [] : parseRelationships(xml, source);
}

/** The workbook part named by the package's officeDocument relationship (xl/workbook.xml as a rule). */
function workbookPartOf(pkg: XlsxPackage): string {
  const main = relationshipsOf(pkg, "").find((r) => r.kind === "officeDocument" && !r.external);
  if (main && pkg.has(main.part)) return main.part;
  if (pkg.has("xl/workbook.xml")) return "xl/workbook.xml";
  throw new WorkbookReadError(NOT_A_WORKBOOK);
}

function readSheets(pkg: XlsxPackage): RawSheet[] {
  const workbookPart = workbookPartOf(pkg);
  // An .xlsb has the same package but binary parts (xl/workbook.bin).
  if (!/\.xml$/i.test(workbookPart)) throw new WorkbookReadError("这是 Excel 二进制工作簿（.xlsb）：请在 Excel 中“另存为” Excel 工作簿（.xlsx）后再读取。");
  const workbookXml = pkg.text(workbookPart);
  if (workbookXml === null) throw new WorkbookReadError(NOT_A_WORKBOOK);
  const rels = relationshipsOf(pkg, workbookPart);
  const partOf = (kind: string, fallback: string): string => rels.find((r) => r.kind === kind && !r.external)?.part ?? fallback;
  const stringsPart = partOf("sharedStrings", "xl/sharedStrings.xml");
  const stylesPart = partOf("styles", "xl/styles.xml");
  const stringsXml = pkg.text(stringsPart);
  const stylesXml = pkg.text(stylesPart);
  const sharedStrings = stringsXml === null ? [] : parseSharedStrings(stringsXml, stringsPart);
  const cellFormats = stylesXml === null ? [] : parseCellFormats(stylesXml, stylesPart);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: RawSheet[] = [];
  for (const entry of parseWorkbookPart(workbookXml, workbookPart)) {
    const rel = byId.get(entry.relationshipId);
    // Chart sheets and macro sheets hold no cells.
    if (!rel || rel.kind !== "worksheet" || rel.external) continue;
    const xml = pkg.text(rel.part);
    if (xml === null) continue;
    sheets.push(parseWorksheet(xml, rel.part, { name: entry.name, hidden: entry.hidden, sharedStrings, cellFormats }));
  }
  return sheets;
}

/**
 * Throws WorkbookReadError with a Chinese message when the bytes are not a readable workbook.
 * Synchronous work behind a promise, so callers in the pane and the CLI stay unchanged.
 */
export async function readXlsx(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<RawSheet[]> {
  const pkg = XlsxPackage.open(bytes, options.inflateRaw);
  try {
    return readSheets(pkg);
  } catch (err) {
    if (err instanceof XmlSyntaxError) throw new WorkbookReadError("文件已损坏：工作簿中的 XML 内容不完整，无法读取。");
    throw err;
  }
}
