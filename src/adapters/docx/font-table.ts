/**
 * word/fontTable.xml naming every Chinese font of the layout with its fallback (w:altName): Word
 * and WPS use the alternative where the first font is not installed, so a document set in
 * 仿宋_GB2312 still comes out in 仿宋 rather than in the default 宋体 on a newer machine.
 * The docx library writes a table without altName; this one replaces it at packing time.
 */
import { layoutFonts, type DocxLayout } from "./docx-layout";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function fontTableXml(layout: DocxLayout): string {
  const fonts = layoutFonts(layout).map(
    (f) =>
      `<w:font w:name="${escapeXml(f.name)}">` +
      (f.fallback ? `<w:altName w:val="${escapeXml(f.fallback)}"/>` : "") +
      // charset 86 = GB2312: tells Word the font covers simplified Chinese.
      `<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>`,
  );
  fonts.push(`<w:font w:name="${escapeXml(layout.latinFont)}"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="${W}" xmlns:r="${R}">${fonts.join("")}</w:fonts>`;
}
