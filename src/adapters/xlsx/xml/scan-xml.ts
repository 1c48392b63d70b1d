/**
 * A small, fast pull scanner for the XML of spreadsheet parts. It reports element starts, ends and
 * text; names arrive without their namespace prefix ("x:c" → "c"), because producers differ in the
 * prefixes they use and the parts we read never mix two vocabularies under one local name.
 * Only the five predefined entities and character references exist here: a DOCTYPE is skipped,
 * never expanded, so no entity tricks can blow up the reader.
 */

export interface XmlHandler {
  /** An element starts. `attrs` is its raw attribute text; read it with parseAttributes. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data, entities decoded; called for every run between tags, whitespace included. */
  text(value: string): void;
}

const LT = 60; // <
const SLASH = 47; // /
const BANG = 33; // !
const QUESTION = 63; // ?
const COLON = 58; // :

function localName(qualified: string): string {
  const colon = qualified.indexOf(":");
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

const NAMED = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Decodes the predefined entities and character references; unknown ones are kept as written. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED.get(body) ?? whole;
  });
}

/** Attributes by local name ("r:id" → "id"), values decoded. */
export function parseAttributes(attrs: string): Record<string, string> {
  const out: Record<string, string> = Object.create(null) as Record<string, string>;
  const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(attrs)) !== null) out[localName(m[1]!)] = decodeEntities(m[2] ?? m[3] ?? "");
  return out;
}

/**
 * The tag that starts at a "<" (not a comment or other markup): where it ends and where its local
 * name lies ("x:c" → "c"). One reader is reused for every tag of a part, so reading allocates nothing.
 */
export class TagReader {
  /** Index of the closing ">". */
  gt = 0;
  closing = false;
  selfClosing = false;
  /** End of the attribute text (before "/>" or ">"). */
  bodyEnd = 0;
  nameStart = 0;
  nameEnd = 0;

  read(xml: string, lt: number, part: string): void {
    const gt = tagEnd(xml, lt + 1);
    if (gt < 0) throw new XmlSyntaxError(part, lt);
    this.gt = gt;
    this.closing = xml.charCodeAt(lt + 1) === SLASH;
    this.selfClosing = !this.closing && xml.charCodeAt(gt - 1) === SLASH;
    this.bodyEnd = this.selfClosing ? gt - 1 : gt;
    let nameStart = this.closing ? lt + 2 : lt + 1;
    let nameEnd = nameStart;
    for (; nameEnd < this.bodyEnd; nameEnd++) {
      const c = xml.charCodeAt(nameEnd);
      if (c === COLON) nameStart = nameEnd + 1;
      else if (isSpace(c)) break;
    }
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
  }
}

/** Thrown for XML that cannot be scanned; the reader turns it into "文件已损坏". */
export class XmlSyntaxError extends Error {
  constructor(part: string, at: number) {
    super(`malformed XML in ${part} at ${at}`);
    this.name = "XmlSyntaxError";
  }
}

export function scanXml(xml: string, handler: XmlHandler, part = "part"): void {
  const n = xml.length;
  const tag = new TagReader();
  let p = 0;
  while (p < n) {
    const lt = xml.indexOf("<", p);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > p) handler.text(decodeEntities(xml.slice(p, textEnd)));
    if (lt < 0) return;
    const next = xml.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION) {
      p = skipMarkup(xml, lt, part);
      if (xml.startsWith("<![CDATA[", lt)) handler.text(xml.slice(lt + 9, p - 3));
      continue;
    }
    tag.read(xml, lt, part);
    const name = xml.slice(tag.nameStart, tag.nameEnd);
    if (tag.closing) {
      handler.close(name);
    } else {
      handler.open(name, xml.slice(tag.nameEnd, tag.bodyEnd), tag.selfClosing);
      if (tag.selfClosing) handler.close(name);
    }
    p = tag.gt + 1;
  }
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Index of the ">" that ends the tag whose body starts at `from`, past any ">" inside quoted attribute values; -1 if none. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i;
    } else if (c === LT) {
      return -1;
    }
  }
  return -1;
}

/**
 * Past a comment, a CDATA section (its text is xml.slice(lt + 9, result - 3)), a processing
 * instruction or a DOCTYPE starting at `lt`; throws on one that never ends.
 */
export function skipMarkup(xml: string, lt: number, part: string): number {
  const close = xml.startsWith("<!--", lt) ? "-->" : xml.startsWith("<![CDATA[", lt) ? "]]>" : xml.charCodeAt(lt + 1) === QUESTION ? "?>" : null;
  if (close === null) return skipDeclaration(xml, lt, part);
  const end = xml.indexOf(close, lt + 2);
  if (end < 0) throw new XmlSyntaxError(part, lt);
  return end + close.length;
}

/** Skips <!DOCTYPE …> including an internal subset in brackets. */
function skipDeclaration(xml: string, lt: number, part: string): number {
  let depth = 0;
  for (let i = lt + 2; i < xml.length; i++) {
    const c = xml[i];
    if (c === "[") depth++;
    else if (c === "]") depth--;
    else if (c === ">" && depth <= 0) return i + 1;
  }
  throw new XmlSyntaxError(part, lt);
}
