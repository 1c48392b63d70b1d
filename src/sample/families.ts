/**
 * Which tables each format family publishes, in which order, under which title and label
 * (tables.md §1 and §4). Titles are written as published, with the “三公” quotes.
 */
import type { TableId } from "../core/tables/table-ids";
import type { SampleOptions, TableFamily } from "./options";

export interface FamilyTable {
  readonly id: TableId;
  /** Position in the family, 1-based. */
  readonly number: number;
  readonly title: string;
  /** "公开05表", or null where the family prints none (central/Shanghai). */
  readonly label: string | null;
}

const SICHUAN_TITLES: Readonly<Record<TableId, string>> = {
  T01: "收入支出决算总表",
  T02: "收入决算表",
  T03: "支出决算表",
  T04: "财政拨款收入支出决算总表",
  T05: "财政拨款支出决算明细表",
  T06: "一般公共预算财政拨款支出决算表",
  T07: "一般公共预算财政拨款支出决算明细表",
  T08: "一般公共预算财政拨款基本支出决算表",
  T09: "一般公共预算财政拨款项目支出决算表",
  T10: "一般公共预算财政拨款“三公”经费支出决算表",
  T11: "政府性基金预算财政拨款收入支出决算表",
  T12: "政府性基金预算财政拨款“三公”经费支出决算表",
  T13: "国有资本经营预算财政拨款收入支出决算表",
  T14: "国有资本经营预算财政拨款支出决算表",
};

type Entry = readonly [TableId, string?];

const FAMILY_TABLES: Readonly<Record<TableFamily, readonly Entry[]>> = {
  sichuan14: (Object.keys(SICHUAN_TITLES) as TableId[]).map((id) => [id] as const),
  // Sichuan 2024 (tables.md §4.1): 08 gains 明细, T12 is gone, the 三公 table moves to the end
  // and covers all 财政拨款.
  sichuan13: [
    ["T01"],
    ["T02"],
    ["T03"],
    ["T04"],
    ["T05"],
    ["T06"],
    ["T07"],
    ["T08", "一般公共预算财政拨款基本支出决算明细表"],
    ["T09"],
    ["T11"],
    ["T13"],
    ["T14"],
    ["T10", "财政拨款“三公”经费支出决算表"],
  ],
  // Central / Shanghai (tables.md §4.2); table 9 as "many others" print it (→ T14).
  central9: [["T01"], ["T02"], ["T03"], ["T04"], ["T06"], ["T08"], ["T10"], ["T11"], ["T14"]],
};

export function familyTables(family: TableFamily): FamilyTable[] {
  return FAMILY_TABLES[family].map(([id, title], i) => ({
    id,
    number: i + 1,
    title: title ?? SICHUAN_TITLES[id],
    label: family === "central9" ? null : `公开${String(i + 1).padStart(2, "0")}表`,
  }));
}

/** Sheet names that carry no hint of the table they hold. */
const ARBITRARY_NAMES = ["Sheet1", "数据2", "收支表", "Sheet4", "表五", "明细6", "Sheet7", "数据8", "Sheet9", "数据10", "Sheet11", "附12", "Sheet13", "数据14"];

export function sheetName(table: FamilyTable, options: SampleOptions): string {
  switch (options.sheetNames) {
    case "label":
      return table.label ?? `表${table.number}`;
    case "fujian":
      return `附表${table.number}`;
    case "arbitrary":
      return ARBITRARY_NAMES[table.number - 1] ?? `Sheet${table.number}`;
  }
}
