/**
 * The 情况说明 as a Word document (.docx, the `docx` library — pure JavaScript, Node and browser):
 * every paragraph of the narrative in order, headings as Word headings, 公文 fonts and spacing
 * (docx-layout.ts), 【待补充…】 highlighted, and 图1–图7 as pictures with captions where the
 * caller can draw them. Where it cannot (the command line has no canvas), the narrative's own
 * placeholder line “（图N：…）（柱状图）” stays, highlighted, so nothing is silently lost.
 *
 * Fonts are set on every run as well as in the styles: WPS and older Word honour direct
 * formatting more reliably than style inheritance of East Asian fonts.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  Paragraph as DocxParagraph,
  TextRun,
  type IRunOptions,
  type ParagraphChild,
} from "docx";
import type { ChartSpec } from "../../core/charts";
import type { Paragraph } from "../../core/narrative";
import { halfPoints, resolveLayout, twipsOfMm, twipsOfPt, type DocxLayout, type FontChoice } from "./docx-layout";
import { fontTableXml } from "./font-table";

/** A chart drawn by the caller: PNG bytes and the drawing's size in pixels. */
export interface ChartPicture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/** Draws one chart, or null when it cannot (nothing to draw, no canvas). */
export type ChartDrawer = (spec: ChartSpec) => Promise<ChartPicture | null>;

export interface NarrativeDocxInput {
  /** The narrative with its chart placeholder lines (generateNarrative's chartPlaceholderLines). */
  readonly paragraphs: readonly Paragraph[];
  readonly charts: readonly ChartSpec[];
  readonly drawChart?: ChartDrawer | null;
  readonly layout?: Partial<DocxLayout>;
  /** Document title (File → Properties). */
  readonly title?: string;
}

export interface NarrativeDocxResult {
  readonly bytes: Uint8Array;
  /** Chart numbers placed as pictures, and those left as placeholder lines. */
  readonly drawn: readonly number[];
  readonly notDrawn: readonly number[];
}

const PLACEHOLDER = /【待补充[^】]*】/g;
/** A 二级标题 run into its paragraph: "（一）一般公共预算财政拨款支出决算总体情况。…". */
const LEAD_IN = /^（[一二三四五六七八九十]+）[^。]*。/;
const LEVEL1 = /^[一二三四五六七八九十]+、/;
const PX_PER_MM = 96 / 25.4;

type Role = "title" | "heading1" | "heading2" | "body" | "caption";

/** Which kind of 公文 line a narrative paragraph is. */
export function roleOf(p: Paragraph): Exclude<Role, "caption"> {
  if (p.kind !== "heading") return "body";
  if (p.section === "第二部分") return "title";
  return LEVEL1.test(p.text) ? "heading1" : "heading2";
}

/** "（图2：收入决算结构图）（饼状图）" → 2 and "图2：收入决算结构图". */
export function chartLine(p: Paragraph): { number: number; caption: string } | null {
  const m = /^（(图(\d+)：.*?)）/.exec(p.text);
  const id = /fig(\d+)/.exec(p.id);
  const n = Number(id?.[1] ?? m?.[2]);
  if (!Number.isInteger(n) || n <= 0) return null;
  return { number: n, caption: m?.[1] ?? `图${n}` };
}

function fontOf(f: FontChoice, layout: DocxLayout): IRunOptions["font"] {
  return { eastAsia: f.name, ascii: layout.latinFont, hAnsi: layout.latinFont, cs: layout.latinFont };
}

function runsOf(text: string, base: IRunOptions, layout: DocxLayout): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  const highlight = layout.placeholderHighlight ?? undefined;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    if (at > last) runs.push(new TextRun({ ...base, text: text.slice(last, at) }));
    runs.push(new TextRun({ ...base, text: m[0], ...(highlight ? { highlight } : {}) }));
    last = at + m[0].length;
  }
  if (last < text.length || runs.length === 0) runs.push(new TextRun({ ...base, text: text.slice(last) }));
  return runs;
}

class Builder {
  constructor(private readonly layout: DocxLayout) {}

  private base(font: FontChoice, sizePt: number, bold = false): IRunOptions {
    return { font: fontOf(font, this.layout), size: halfPoints(sizePt), ...(bold ? { bold: true } : {}) };
  }

  private exact() {
    return { line: twipsOfPt(this.layout.lineSpacingPt), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  }

  private indent() {
    // firstLineChars (hundredths of a character) follows the font size; firstLine is for readers without it.
    const chars = this.layout.firstLineChars;
    return { firstLineChars: Math.round(chars * 100), firstLine: twipsOfPt(chars * this.layout.bodySizePt) };
  }

  paragraph(p: Paragraph): DocxParagraph {
    const L = this.layout;
    const role = roleOf(p);
    if (role === "title") {
      return new DocxParagraph({
        heading: HeadingLevel.TITLE,
        alignment: AlignmentType.CENTER,
        spacing: { ...this.exact(), line: twipsOfPt(Math.max(L.lineSpacingPt, L.titleSizePt * 1.5)), after: twipsOfPt(L.lineSpacingPt) },
        children: runsOf(p.text, this.base(L.titleFont, L.titleSizePt), L),
      });
    }
    if (role === "heading1" || role === "heading2") {
      const font = role === "heading1" ? L.heading1Font : L.heading2Font;
      return new DocxParagraph({
        heading: role === "heading1" ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        spacing: this.exact(),
        indent: this.indent(),
        keepNext: true,
        children: runsOf(p.text, this.base(font, L.bodySizePt), L),
      });
    }
    const lead = LEAD_IN.exec(p.text)?.[0] ?? "";
    const children: ParagraphChild[] = [
      ...(lead ? runsOf(lead, this.base(L.heading2Font, L.bodySizePt), L) : []),
      ...runsOf(p.text.slice(lead.length), this.base(L.bodyFont, L.bodySizePt), L),
    ];
    return new DocxParagraph({ alignment: AlignmentType.JUSTIFIED, spacing: this.exact(), indent: this.indent(), children });
  }

  /** The narrative's own placeholder line, highlighted like the other gaps. */
  placeholderLine(p: Paragraph): DocxParagraph {
    const L = this.layout;
    const base = { ...this.base(L.bodyFont, L.bodySizePt), ...(L.placeholderHighlight ? { highlight: L.placeholderHighlight } : {}) };
    return new DocxParagraph({ alignment: AlignmentType.CENTER, spacing: this.exact(), children: [new TextRun({ ...base, text: p.text })] });
  }

  picture(pic: ChartPicture, caption: string): DocxParagraph[] {
    const L = this.layout;
    const width = Math.round(L.chartWidthMm * PX_PER_MM);
    const height = Math.round((width * pic.height) / Math.max(pic.width, 1));
    return [
      // Single line spacing: an exact 28 pt line would clip the picture to one line's height.
      new DocxParagraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { before: twipsOfPt(6), after: 0 },
        children: [new ImageRun({ type: "png", data: pic.png, transformation: { width, height }, altText: { name: caption, title: caption, description: caption } })],
      }),
      new DocxParagraph({
        style: "Caption",
        alignment: AlignmentType.CENTER,
        spacing: { ...this.exact(), after: twipsOfPt(6) },
        children: runsOf(caption, this.base(L.bodyFont, L.captionSizePt), L),
      }),
    ];
  }

  document(children: DocxParagraph[], title: string): Document {
    const L = this.layout;
    const body = this.base(L.bodyFont, L.bodySizePt);
    return new Document({
      title,
      creator: "决算公开助手",
      styles: {
        default: {
          document: { run: { font: body.font, size: body.size }, paragraph: { spacing: this.exact() } },
          title: { run: this.base(L.titleFont, L.titleSizePt) },
          heading1: { run: { ...this.base(L.heading1Font, L.bodySizePt), color: "000000" } },
          heading2: { run: { ...this.base(L.heading2Font, L.bodySizePt), color: "000000" } },
          caption: { run: { ...this.base(L.bodyFont, L.captionSizePt), italics: false, color: "000000" } },
        },
      },
      sections: [
        {
          properties: {
            page: {
              size: { width: twipsOfMm(210), height: twipsOfMm(297) },
              margin: { top: twipsOfMm(L.marginsMm.top), bottom: twipsOfMm(L.marginsMm.bottom), left: twipsOfMm(L.marginsMm.left), right: twipsOfMm(L.marginsMm.right) },
            },
          },
          children,
        },
      ],
    });
  }
}

/** Builds the .docx. Charts the drawer cannot draw keep their placeholder line. */
export async function buildNarrativeDocx(input: NarrativeDocxInput): Promise<NarrativeDocxResult> {
  const layout = resolveLayout(input.layout);
  const b = new Builder(layout);
  const byNumber = new Map(input.charts.map((c) => [c.number, c]));
  const children: DocxParagraph[] = [];
  const drawn: number[] = [];
  const notDrawn: number[] = [];
  for (const p of input.paragraphs) {
    const chart = p.kind === "chart" ? chartLine(p) : null;
    if (!chart) {
      children.push(p.kind === "chart" ? b.placeholderLine(p) : b.paragraph(p));
      continue;
    }
    const spec = byNumber.get(chart.number);
    const drawable = spec && spec.unavailable === null && spec.points.length > 0;
    const pic = drawable && input.drawChart ? await input.drawChart(spec) : null;
    if (pic) {
      children.push(...b.picture(pic, chart.caption));
      drawn.push(chart.number);
    } else {
      children.push(b.placeholderLine(p));
      notDrawn.push(chart.number);
    }
  }
  const doc = b.document(children, input.title ?? "情况说明");
  const bytes = await Packer.pack(doc, "uint8array", false, [{ path: "word/fontTable.xml", data: fontTableXml(layout) }]);
  return { bytes, drawn, notDrawn };
}
