import { writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { runCli, tempDir } from "../helpers/run-cli";

jest.setTimeout(90_000);

/**
 * `juesuan verify-text <file.xlsx> <narrative.docx>` reads the Word file's text (mammoth) and
 * gives the same findings, with the same line numbers (one per paragraph), as the same narrative
 * saved as .txt.
 */
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A minimal .docx: one <w:p><w:r><w:t> paragraph per line of the text. */
async function minimalDocx(text: string): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      "</Relationships>",
  );
  const paragraphs = text
    .split("\n")
    .map((line) => (line === "" ? "<w:p/>" : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`))
    .join("");
  zip.file(
    "word/document.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
      `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "nodebuffer" });
}

interface Report {
  summary: { error: number; total: number };
  findings: { line: number; ruleId: string; excerpt: string; message: string }[];
}

describe("verify-text reads a .docx like the .txt of the same narrative", () => {
  const dir = tempDir();
  const workbook = join(dir, "consistent.xlsx");
  let narrative = "";
  beforeAll(() => {
    expect(runCli(["sample", "-o", workbook]).status).toBe(0);
    const r = runCli(["narrative", workbook]);
    expect(r.status).toBe(0);
    narrative = r.stdout.replace(/\n+$/, "");
  });

  async function both(name: string, text: string): Promise<{ txt: ReturnType<typeof runCli>; docx: ReturnType<typeof runCli> }> {
    const txtPath = join(dir, `${name}.txt`);
    const docxPath = join(dir, `${name}.docx`);
    writeFileSync(txtPath, text);
    writeFileSync(docxPath, await minimalDocx(text));
    return { txt: runCli(["verify-text", workbook, txtPath, "--format", "json"]), docx: runCli(["verify-text", workbook, docxPath, "--format", "json"]) };
  }

  it("the generated narrative: the same (clean) result and exit code", async () => {
    const { txt, docx } = await both("generated", narrative);
    expect(docx.stderr).toBe("");
    expect(docx.status).toBe(txt.status);
    expect(docx.status).toBe(0);
    expect(JSON.parse(docx.stdout)).toEqual(JSON.parse(txt.stdout));
  });

  it("a narrative with defects: the same findings, in the same order, with the same messages", async () => {
    const edits: [RegExp, string][] = [
      [/占97\.78%/, "占97.87%"], // N-02 and N-03
      [/万元，完成预算100%。公务用车/, "万元,完成预算100%。公务用车"], // N-12
      [/2021年度收、支总计[\d.]+万元/, "2021年度收、支总计3789万元"], // N-08: 本年收入合计 as the 收支总计
      [/八、政府性基金预算支出决算情况说明/, "八、政府性基金情况"], // C-06
    ];
    const defective = edits.reduce((text, [from, to]) => {
      expect(text).toMatch(from);
      return text.replace(from, to);
    }, narrative);
    const { txt, docx } = await both("defective", defective);
    expect(docx.status).toBe(1);
    expect(docx.status).toBe(txt.status);
    const fromTxt = JSON.parse(txt.stdout) as Report;
    expect(fromTxt.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["N-02", "N-03", "N-12", "N-08", "C-06"]));
    expect(JSON.parse(docx.stdout)).toEqual(fromTxt);
  });

  it("a file that is not a Word document is a clear error", async () => {
    const bad = join(dir, "bad.docx");
    writeFileSync(bad, "not a zip");
    const r = runCli(["verify-text", workbook, bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("不是有效的 Word（.docx）文件");
  });
});
