/**
 * The visible text of a string item (<si> in sharedStrings, <is> in a cell): every <t>, plain or
 * inside rich-text runs <r>, but not the phonetic guides <rPh> that East Asian files carry.
 */

/** Excel writes characters XML cannot hold as _xHHHH_ (e.g. _x000D_ for a carriage return). */
export function unescapeExcelText(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Collects text while inside a string item; feed it the scanner's events. */
export class TextRunCollector {
  private parts: string[] = [];
  private inT = false;
  private phonetic = 0;

  open(name: string, selfClosing: boolean): void {
    if (name === "rPh") {
      if (!selfClosing) this.phonetic++;
    } else if (name === "t" && !selfClosing) {
      this.inT = true;
    }
  }

  close(name: string): void {
    if (name === "rPh") this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === "t") this.inT = false;
  }

  text(value: string): void {
    if (this.inT && this.phonetic === 0) this.parts.push(value);
  }

  /** The item's text, and resets for the next item. */
  take(): string {
    const text = unescapeExcelText(this.parts.join(""));
    this.parts = [];
    this.inT = false;
    this.phonetic = 0;
    return text;
  }
}
