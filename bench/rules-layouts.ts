/**
 * The reader layouts of issue 13 in `npm run bench:rules`: for each layout variant of the sample
 * generator, the consistent workbook, one-defect workbooks (a non-zero leaf cell of the layout's
 * table shifted by 0.02–0.99 or ≥1 万元) and honest-rounding noise workbooks, all real .xlsx files
 * read back through readXlsx → readWorkbook → checkWorkbook. Prints figures; asserts nothing.
 */
import { readXlsx } from "../src/adapters/xlsx/read-xlsx";
import { checkWorkbook, type Finding } from "../src/core/rules";
import { readWorkbook } from "../src/core/tables";
import type { TableId } from "../src/core/tables/table-ids";
import { buildSampleWorkbook, FIGURES_2021_CONSISTENT, layoutSampleSheets, resolveOptions, type SampleOptions } from "../src/sample";
import { amountCells, Rng, shiftAmount } from "../src/sample/mutate";
import { noiseFigures } from "../src/sample/mutate-noise";
import { writeRawSheets } from "../src/adapters/xlsx/write-raw-sheets";

interface Layout {
  readonly name: string;
  readonly options: Partial<SampleOptions>;
  /** The table the layout changes: defects are planted there. */
  readonly table: TableId;
  /**
   * Shown to 0.0001 万元 (4 decimals, whole 元): the figure sets are whole 0.01 万元, so honest
   * rounding noise at that precision cannot be built; the consistent workbook is the no-error test.
   */
  readonly finerThanFigures?: boolean;
}

export const LAYOUTS: readonly Layout[] = [
  { name: "fund table sub-headings in 合计 row", options: { family: "central9", fundSubHeaders: "totalRow" }, table: "T11" },
  { name: "T09 by 经济分类 columns", options: { t09Columns: "economic" }, table: "T09" },
  { name: "T07 功能×经济 matrix", options: { t07Layout: "matrix" }, table: "T07" },
  { name: "T05 per-fund 基本/项目", options: { t05Columns: "fundParts" }, table: "T05" },
  { name: "header 功能分类科目编码", options: { codeHeaderWording: "分类科目编码" }, table: "T06" },
  { name: "header 功能分类, whole codes", options: { codeHeaderWording: "分类", codes: "whole" }, table: "T02" },
  { name: "万元, 4 decimals", options: { decimals: 4 }, table: "T03", finerThanFigures: true },
  { name: "元, no decimals", options: { unit: "元", decimals: 0 }, table: "T06", finerThanFigures: true },
  { name: "合计 after the details", options: { totalRows: "last" }, table: "T03" },
  { name: "bare 栏次 row (1.00, 2.00 …)", options: { columnNumberRow: "bare" }, table: "T02" },
  { name: "hidden row and column", options: { hiddenRowsAndColumns: true }, table: "T06" },
  { name: "table continued on a 2nd sheet", options: { continuedTable: true }, table: "T06" },
];

const DEFECTS = 5;
const NOISE = 5;

async function check(bytes: Uint8Array): Promise<{ findings: readonly Finding[]; loadProblems: number }> {
  const wb = readWorkbook(await readXlsx(bytes));
  return { findings: checkWorkbook(wb).findings, loadProblems: wb.issues.filter((i) => i.severity !== "info").length };
}

const errorsOf = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.severity === "error");

/** Runs the layout corpus and prints one line per layout; returns the false errors on noise workbooks. */
export async function benchLayouts(seed: number): Promise<number> {
  const base = FIGURES_2021_CONSISTENT;
  const rng = new Rng(seed);
  let falseErrors = 0;
  console.log("");
  console.log(`表5 读取版式 / reader layouts (issue 13): per layout ${DEFECTS} one-defect and ${NOISE} noise workbooks (interval)`);
  console.log("  layout                                   load issues  base errors  defects found  noise with error");
  for (const layout of LAYOUTS) {
    const options = resolveOptions(layout.options);
    const bytes = new Uint8Array(await buildSampleWorkbook(base, options));
    const sheets = await readXlsx(bytes);
    const baseRun = await check(bytes);
    // 元 sheets store 10 000× the 万元 figure: shift in the sheet's own unit.
    const scale = options.unit === "元" ? 10_000 : 1;
    const leaves = amountCells(layoutSampleSheets(base, options), options).filter((c) => c.table === layout.table && c.role === "leaf" && c.cents !== 0);
    let found = 0;
    for (let i = 0; i < DEFECTS; i++) {
      const cell = rng.pick(leaves);
      const delta = (i % 2 === 0 ? rng.int(2, 99) : rng.int(100, 50_000)) * (rng.next() < 0.5 ? -1 : 1) * scale;
      const m = shiftAmount(sheets, cell, delta);
      const { findings } = await check(new Uint8Array(await writeRawSheets(m.sheets)));
      if (errorsOf(findings).some((f) => f.cells.some((c) => m.changed.includes(c)))) found++;
    }
    let noisy = 0;
    const rules = new Set<string>();
    for (let i = 0; i < (layout.finerThanFigures ? 0 : NOISE); i++) {
      const { rounded } = noiseFigures(base, rng);
      const { findings } = await check(new Uint8Array(await buildSampleWorkbook(rounded, options)));
      const errs = errorsOf(findings);
      if (errs.length > 0) noisy++;
      for (const e of errs) rules.add(e.ruleId);
    }
    falseErrors += noisy;
    console.log(
      `  ${layout.name.padEnd(40)} ${String(baseRun.loadProblems).padStart(11)}  ${String(errorsOf(baseRun.findings).length).padStart(11)}  ${`${found}/${DEFECTS}`.padStart(13)}  ${(layout.finerThanFigures ? "n/a (4 dec.)" : `${noisy}/${NOISE}`).padStart(16)}${rules.size > 0 ? `  (${[...rules].join(" ")})` : ""}`,
    );
  }
  console.log(`  ${falseErrors === 0 ? "✔" : "✘"} 版式噪声无错误 no error on layout noise workbooks: ${falseErrors}`);
  return falseErrors;
}
