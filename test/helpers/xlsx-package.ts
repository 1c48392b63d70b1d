/**
 * Hand-built .xlsx packages for the reader's edge cases: the parts are written as XML text, so a
 * test shows exactly what a producer (Excel, WPS, an export tool) puts in the file, and zipped by
 * a small writer of our own that can also store parts uncompressed or use Zip64 records, as some
 * producers do.
 */
import { deflateRawSync } from "node:zlib";
import { WorkbookReadError } from "../../src/adapters/xlsx/errors";
import { readXlsx } from "../../src/adapters/xlsx/read-xlsx";

/** The Chinese sentence the reader refuses these bytes with (a WorkbookReadError); fails the test if it reads them. */
export async function readError(bytes: Uint8Array): Promise<string> {
  try {
    await readXlsx(bytes);
  } catch (err) {
    expect(err).toBeInstanceOf(WorkbookReadError);
    return (err as Error).message;
  }
  throw new Error("expected the read to fail");
}

export interface SheetSpec {
  readonly name: string;
  /** The <sheetData>…</sheetData> and anything after it (mergeCells…), or a whole worksheet XML. */
  readonly xml: string;
  readonly state?: "hidden" | "veryHidden";
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A worksheet XML around `body`, unless `body` already is one. */
export function worksheetXml(body: string): string {
  return body.includes("<worksheet") || body.includes(":worksheet") ? body : `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}>${body}</worksheet>`;
}

/** The parts of a minimal workbook with these sheets, shared strings and cell formats (numFmtId per style). */
export function workbookParts(sheets: readonly SheetSpec[], opts: { sharedStrings?: readonly string[]; numFmts?: Record<number, string>; cellXfs?: readonly number[] } = {}): Map<string, string> {
  const parts = new Map<string, string>();
  parts.set("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  parts.set("_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetTags = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rIdS${i + 1}"/>`).join("");
  parts.set("xl/workbook.xml", `<?xml version="1.0"?><workbook ${NS}><sheets>${sheetTags}</sheets></workbook>`);
  const rels = sheets.map((_s, i) => `<Relationship Id="rIdS${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rIdSt" Type="${REL}/styles" Target="styles.xml"/>`);
  if (opts.sharedStrings) rels.push(`<Relationship Id="rIdSs" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  parts.set("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  sheets.forEach((s, i) => parts.set(`xl/worksheets/sheet${i + 1}.xml`, worksheetXml(s.xml)));
  if (opts.sharedStrings) parts.set("xl/sharedStrings.xml", `<?xml version="1.0"?><sst ${NS}>${opts.sharedStrings.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t>${s}</t></si>`)).join("")}</sst>`);
  const numFmts = Object.entries(opts.numFmts ?? {}).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, "&quot;")}"/>`);
  const xfs = (opts.cellXfs ?? [0]).map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"/>`);
  parts.set("xl/styles.xml", `<?xml version="1.0"?><styleSheet ${NS}>${numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : ""}<cellStyleXfs count="1"><xf numFmtId="10"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs></styleSheet>`);
  return parts;
}

export interface ZipOptions {
  /** 0 stored, 8 deflated (default). */
  readonly method?: 0 | 8;
  /** Write Zip64 end records and extra fields, as some writers do for every file. */
  readonly zip64?: boolean;
  /** Declared uncompressed size per part, to make a part lie about its size. */
  readonly declaredSize?: Record<string, number>;
  /** Raw bytes instead of text for some parts. */
  readonly binary?: Record<string, Uint8Array>;
}

/** A zip of the parts, written field by field (APPNOTE 6.3.x). CRCs are left 0: the reader does not check them. */
export function zipParts(parts: Map<string, string>, opts: ZipOptions = {}): Uint8Array {
  const enc = new TextEncoder();
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of parts) {
    const raw = opts.binary?.[name] ?? enc.encode(text);
    const data = opts.method === 0 ? Buffer.from(raw) : deflateRawSync(raw, { level: 9 });
    const nameBytes = Buffer.from(name, "utf8");
    const size = opts.declaredSize?.[name] ?? raw.length;
    const method = opts.method ?? 8;
    const z64 = opts.zip64 === true;
    const extra = z64 ? Buffer.alloc(4 + 24) : Buffer.alloc(0);
    if (z64) {
      extra.writeUInt16LE(1, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(data.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(z64 ? 45 : 20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(z64 ? 0xffffffff : data.length, 18);
    local.writeUInt32LE(z64 ? 0xffffffff : size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, nameBytes, extra, Buffer.from(data));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(z64 ? 45 : 20, 4);
    central.writeUInt16LE(z64 ? 45 : 20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(z64 ? 0xffffffff : data.length, 20);
    central.writeUInt32LE(z64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(z64 ? 0xffffffff : offset, 42);
    centrals.push(central, nameBytes, extra);
    offset += 30 + nameBytes.length + extra.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (opts.zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(parts.size), 24);
    rec.writeBigUInt64LE(BigInt(parts.size), 32);
    rec.writeBigUInt64LE(BigInt(cd.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + cd.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(rec, loc);
  }
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(opts.zip64 ? 0xffff : parts.size, 8);
  eocd.writeUInt16LE(opts.zip64 ? 0xffff : parts.size, 10);
  eocd.writeUInt32LE(opts.zip64 ? 0xffffffff : cd.length, 12);
  eocd.writeUInt32LE(opts.zip64 ? 0xffffffff : offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, ...tail, eocd]));
}
