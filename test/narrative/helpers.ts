import { readSupplementarySheet, type Inputs } from "../../src/core/inputs";
import { generateNarrative, type Narrative, type NarrativeOptions, type Paragraph } from "../../src/core/narrative";
import type { RawValue } from "../../src/core/raw-sheet";
import type { Workbook } from "../../src/core/tables/model";
import { EXAMPLE_INPUT_ROWS, exampleInputSheet, exampleWorkbook } from "./fixtures/example-model";

/** The example's 补充信息 with rows replaced (value), removed (undefined) or added. */
export function inputsWith(changes: Record<string, RawValue | undefined> = {}): Inputs {
  const rows: (readonly RawValue[])[] = [];
  const seen = new Set<string>();
  for (const row of EXAMPLE_INPUT_ROWS) {
    const label = String(row[0]);
    if (label in changes) {
      seen.add(label);
      if (changes[label] === undefined) continue;
      rows.push([label, changes[label]!, null]);
    } else rows.push(row);
  }
  for (const [label, value] of Object.entries(changes)) if (!seen.has(label) && value !== undefined) rows.push([label, value, null]);
  return readSupplementarySheet(exampleInputSheet(rows));
}

export function narrate(opts: { workbook?: Workbook; inputs?: Inputs; options?: NarrativeOptions } = {}): Narrative {
  return generateNarrative(opts.workbook ?? exampleWorkbook(), opts.inputs ?? inputsWith(), opts.options ?? {});
}

export function paragraph(n: Narrative, id: string): Paragraph {
  const p = n.paragraphs.find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id}: ${n.paragraphs.map((x) => x.id).join(", ")}`);
  return p;
}

export function textOf(n: Narrative, id: string): string {
  return paragraph(n, id).text;
}
