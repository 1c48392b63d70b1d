/**
 * 表文一致 in the 情况说明 tab: a text the user already wrote, pasted or opened, is checked against
 * the open workbook as `juesuan verify-text` checks it, each finding with its sentence and cells.
 */
import { FluentProvider, SSRProvider, webLightTheme } from "@fluentui/react-components";
import * as fs from "node:fs";
import * as path from "node:path";
import { renderToString } from "react-dom/server";
import { loadSheets } from "../../src/cli/load";
import { analyze } from "../../src/core/analyze";
import { readInputs } from "../../src/core/inputs";
import { readWorkbook } from "../../src/core/tables";
import { DEFAULT_SETTINGS } from "../../src/taskpane/host/settings-store";
import { NarrativePanel } from "../../src/taskpane/NarrativePanel";
import type { PaneActions } from "../../src/taskpane/use-pane-actions";
import { checkWrittenText, readTextFile, sentenceOf, summaryLine } from "../../src/taskpane/view/text-check-view";
import { encodeGbk } from "../helpers/gbk";
import { sampleSheets } from "../helpers/sample-workbooks";

const REAL = path.resolve(__dirname, "../../../shared/real");

describe("checkWrittenText (the pane's 表文一致)", () => {
  test("the real Shanghai text: each finding names its sentence and its cells", async () => {
    const sheets = await loadSheets(path.join(REAL, "shanghai-putuo-shehuigongzuobu-2024.xlsx"));
    const text = fs.readFileSync(path.join(REAL, "shanghai-putuo-shehuigongzuobu-2024-narrative.txt"), "utf8");
    const r = checkWrittenText(text, { workbook: readWorkbook(sheets), inputs: readInputs(sheets) });
    expect(r.counts.error + r.counts.warning).toBe(6);
    const share = r.items.find((i) => i.message.includes("9.55%"))!;
    expect(share).toMatchObject({ kind: "error", label: "错误", line: 14 });
    expect(share.sentence).toMatch(/^一般公共预算财政拨款支出307\.82万元.*住房保障支出（类）29\.42万元，占9\.55%。$/);
    expect(share.cells).toHaveLength(2);
    // N6, a purpose text copied from the item before, is listed like the others, at its sentence.
    const copied = r.items.find((i) => i.message.includes("复制后未修改"))!;
    expect(copied).toMatchObject({ kind: "warning", label: "警告", line: 24, sentence: "主要用于：事业单位医疗保险支出。" });
    expect(summaryLine(r)).toBe(`发现 ${r.items.length} 条：错误 2 条，警告 4 条，尾差 0 条，提示 ${r.counts.info} 条。`);
  });

  test("a clean generated text says so", async () => {
    const analysis = analyze(await sampleSheets());
    const r = checkWrittenText(analysis.narrative.text, analysis);
    expect(r.items.filter((i) => i.kind === "error" || i.kind === "warning")).toEqual([]);
  });

  test("sentenceOf cuts the line at the full stops around the excerpt", () => {
    expect(sentenceOf("甲1万元。乙2万元，占3%。丙。", "3%")).toBe("乙2万元，占3%。");
    expect(sentenceOf("甲1万元", "")).toBe("甲1万元");
  });

  test("a text file in GBK is read; a Word or binary file gets one Chinese line", () => {
    expect(readTextFile(encodeGbk("一、收入支出决算总体情况说明"), "a.txt")).toEqual({ text: "一、收入支出决算总体情况说明" });
    expect(readTextFile(new Uint8Array([0x50, 0x4b, 3, 4]), "a.docx")).toEqual({ error: expect.stringContaining("Word 文件") });
    expect(readTextFile(new Uint8Array([0xff, 0x00, 0xfe, 0x81]), "a.txt")).toEqual({ error: expect.stringContaining("不是文本文件") });
  });
});

describe("the 情况说明 tab", () => {
  test("offers 表文一致 below the generated text", async () => {
    const none = async () => undefined;
    const noop = () => undefined;
    const actions: PaneActions = { selectCell: noop, markCells: noop, clearMarks: noop, writeNarrative: noop, createTemplate: noop, insertCharts: noop };
    const html = renderToString(
      <SSRProvider>
        <FluentProvider theme={webLightTheme}>
          <NarrativePanel
            session={{ phase: "done", busy: null, analysis: analyze(await sampleSheets()), fileName: null, runs: 1, run: none, openFile: none, openUrl: none, act: none }}
            actions={actions}
            settings={DEFAULT_SETTINGS}
            onSettings={noop}
            canRun
            needsFile={false}
          />
        </FluentProvider>
      </SSRProvider>,
    );
    expect(html).toContain("表文一致：核对已写好的情况说明");
    expect(html).toContain('data-testid="text-check-input"');
    expect(html).toContain('data-testid="text-check-run"');
  });
});
