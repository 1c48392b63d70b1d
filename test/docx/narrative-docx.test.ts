import JSZip from "jszip";
import mammoth from "mammoth";
import { buildNarrativeDocx, chartLine, roleOf, type ChartDrawer } from "../../src/adapters/docx/narrative-docx";
import { chartInputsOf } from "../../src/core/analyze";
import { buildCharts } from "../../src/core/charts";
import { readInputs } from "../../src/core/inputs";
import { generateNarrative, type Paragraph } from "../../src/core/narrative";
import { readWorkbook } from "../../src/core/tables";
import { sampleSheets } from "../helpers/sample-workbooks";

jest.setTimeout(60_000);

/** A real 1×1 PNG: the builder only places the bytes; drawing is the browser's job. */
const PNG_1X1 = Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));

async function narrativeOf(supplementary = true) {
  const sheets = await sampleSheets({ supplementary });
  const workbook = readWorkbook(sheets);
  const inputs = readInputs(sheets);
  const narrative = generateNarrative(workbook, inputs, { chartPlaceholderLines: true });
  const charts = buildCharts(workbook, chartInputsOf(inputs, workbook), { zeroSlices: "drop" });
  return { narrative, charts };
}

async function rawParagraphs(bytes: Uint8Array): Promise<string[]> {
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return value.split("\n").map((s) => s.trim()).filter((s) => s !== "");
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  return (await zip.file("word/document.xml")?.async("string")) ?? "";
}

/** The <w:p> elements of document.xml that contain `text` (in their runs' text). */
function paragraphsWith(xml: string, text: string): string[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)].map((m) => m[0]).filter((p) => p.replace(/<[^>]+>/g, "").includes(text));
}

describe("情况说明 as .docx", () => {
  test("mammoth reads back every paragraph of the narrative, in order, chart lines included", async () => {
    const { narrative, charts } = await narrativeOf();
    const { bytes, drawn, notDrawn } = await buildNarrativeDocx({ paragraphs: narrative.paragraphs, charts });
    expect(drawn).toEqual([]);
    expect(notDrawn).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await rawParagraphs(bytes)).toEqual(narrative.paragraphs.map((p) => p.text));
  });

  test("fonts, sizes, indent and exact 28 pt spacing follow the 公文 conventions", async () => {
    const { narrative, charts } = await narrativeOf();
    const xml = await documentXml((await buildNarrativeDocx({ paragraphs: narrative.paragraphs, charts })).bytes);
    const byRole = (role: ReturnType<typeof roleOf>) => narrative.paragraphs.filter((p) => p.kind !== "chart" && roleOf(p) === role);
    const h1 = byRole("heading1");
    const h2 = byRole("heading2");
    const body = byRole("body").filter((p) => !/^（[一二三四五六七八九十]+）/.test(p.text));
    expect(h1.length).toBe(10);
    expect(h2.length).toBeGreaterThan(0);
    const check = (p: Paragraph, font: string, style: string | null) => {
      const [para] = paragraphsWith(xml, p.text);
      expect(para).toBeDefined();
      expect(para).toContain(`w:eastAsia="${font}"`);
      expect(para).toContain('w:sz w:val="32"'); // 三号 = 16 pt
      expect(para).toContain('w:line="560" w:lineRule="exact"');
      expect(para).toContain('w:firstLineChars="200"');
      if (style) expect(para).toContain(`<w:pStyle w:val="${style}"/>`);
      expect(para).not.toMatch(new RegExp(`w:eastAsia="(?!${font}")`));
    };
    for (const p of h1) check(p, "黑体", "Heading1");
    for (const p of h2) check(p, "楷体_GB2312", "Heading2");
    for (const p of body) check(p, "仿宋_GB2312", null);
    // A 二级标题 run into its paragraph: the lead-in in 楷体, the rest in 仿宋.
    const lead = narrative.paragraphs.find((p) => p.kind === "text" && /^（一）[^。]+。/.test(p.text));
    expect(lead).toBeDefined();
    const [leadPara] = paragraphsWith(xml, lead!.text);
    expect(leadPara).toMatch(/w:eastAsia="楷体_GB2312"[\s\S]*?（一）[^<]*。<\/w:t>[\s\S]*w:eastAsia="仿宋_GB2312"/);
  });

  test("the font table gives every Chinese font its fallback (仿宋_GB2312 → 仿宋)", async () => {
    const { narrative, charts } = await narrativeOf();
    const zip = await JSZip.loadAsync((await buildNarrativeDocx({ paragraphs: narrative.paragraphs, charts })).bytes);
    const fonts = (await zip.file("word/fontTable.xml")?.async("string")) ?? "";
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    expect(fonts).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>');
    expect(fonts).toContain('<w:font w:name="黑体">');
  });

  test("【待补充…】 placeholders are highlighted, the text around them is not", async () => {
    const { narrative, charts } = await narrativeOf(false);
    const withHole = narrative.paragraphs.find((p) => p.kind === "text" && p.text.includes("【待补充"));
    expect(withHole).toBeDefined();
    const xml = await documentXml((await buildNarrativeDocx({ paragraphs: narrative.paragraphs, charts })).bytes);
    const [para] = paragraphsWith(xml, withHole!.text);
    const runs = [...para!.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1] ?? "");
    const holes = runs.filter((r) => r.includes("【待补充"));
    expect(holes.length).toBeGreaterThan(0);
    for (const r of holes) expect(r).toContain('<w:highlight w:val="yellow"/>');
    for (const r of runs.filter((x) => !x.includes("【待补充"))) expect(r).not.toContain("w:highlight");
  });

  test("drawn charts become pictures with captions 图N：… in the chart lines' places", async () => {
    const { narrative, charts } = await narrativeOf();
    const asked: number[] = [];
    const draw: ChartDrawer = async (spec) => {
      asked.push(spec.number);
      return spec.number === 3 ? null : { png: PNG_1X1, width: 400, height: 250 };
    };
    const { bytes, drawn, notDrawn } = await buildNarrativeDocx({ paragraphs: narrative.paragraphs, charts, drawChart: draw });
    expect(asked).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(drawn).toEqual([1, 2, 4, 5, 6, 7]);
    expect(notDrawn).toEqual([3]);
    const expected = narrative.paragraphs.map((p) => {
      const c = p.kind === "chart" ? chartLine(p) : null;
      return c && c.number !== 3 ? c.caption : p.text;
    });
    expect(await rawParagraphs(bytes)).toEqual(expected);
    // The same bytes are stored once (word/media), placed six times.
    expect((await documentXml(bytes)).match(/<w:drawing>/g)?.length).toBe(6);
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    // Each picture is directly followed by its caption.
    expect(html.match(/<img [^>]*>/g)?.length).toBe(6);
    expect(html).toMatch(/<img [^>]*alt="图1：[^"]*"[^>]*><\/p><p>图1：/);
  });

  test("the layout is configurable: another body font and line spacing", async () => {
    const { narrative, charts } = await narrativeOf();
    const { bytes } = await buildNarrativeDocx({
      paragraphs: narrative.paragraphs,
      charts,
      layout: { bodyFont: { name: "仿宋", fallback: null }, lineSpacingPt: 30, placeholderHighlight: null },
    });
    const xml = await documentXml(bytes);
    expect(xml).toContain('w:eastAsia="仿宋"');
    expect(xml).not.toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:line="600" w:lineRule="exact"');
    expect(xml).not.toContain('w:line="560"');
  });
});
