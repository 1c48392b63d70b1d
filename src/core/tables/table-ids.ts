/** The canonical table ids T01…T14 (Sichuan 公开01表…公开14表) and their titles (tables.md §1). */
export const TABLE_IDS = ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10", "T11", "T12", "T13", "T14"] as const;
export type TableId = (typeof TABLE_IDS)[number];

export interface TableDefinition {
  readonly id: TableId;
  /** The Sichuan title, as published. */
  readonly title: string;
  /** Other exact titles that mean the same table (after normalisation). */
  readonly aliases: readonly string[];
  /** "公开01表" … */
  readonly label: string;
}

export const TABLES: Readonly<Record<TableId, TableDefinition>> = {
  T01: { id: "T01", label: "公开01表", title: "收入支出决算总表", aliases: [] },
  T02: { id: "T02", label: "公开02表", title: "收入决算表", aliases: [] },
  T03: { id: "T03", label: "公开03表", title: "支出决算表", aliases: [] },
  T04: { id: "T04", label: "公开04表", title: "财政拨款收入支出决算总表", aliases: ["财政拨款收支决算总表"] },
  T05: { id: "T05", label: "公开05表", title: "财政拨款支出决算明细表", aliases: [] },
  T06: { id: "T06", label: "公开06表", title: "一般公共预算财政拨款支出决算表", aliases: [] },
  T07: { id: "T07", label: "公开07表", title: "一般公共预算财政拨款支出决算明细表", aliases: [] },
  T08: {
    id: "T08",
    label: "公开08表",
    title: "一般公共预算财政拨款基本支出决算表",
    aliases: ["基本支出决算表", "一般公共预算财政拨款基本支出决算明细表"],
  },
  T09: { id: "T09", label: "公开09表", title: "一般公共预算财政拨款项目支出决算表", aliases: [] },
  T10: { id: "T10", label: "公开10表", title: "一般公共预算财政拨款三公经费支出决算表", aliases: ["财政拨款三公经费支出决算表"] },
  T11: { id: "T11", label: "公开11表", title: "政府性基金预算财政拨款收入支出决算表", aliases: [] },
  T12: { id: "T12", label: "公开12表", title: "政府性基金预算财政拨款三公经费支出决算表", aliases: [] },
  T13: { id: "T13", label: "公开13表", title: "国有资本经营预算财政拨款收入支出决算表", aliases: [] },
  T14: { id: "T14", label: "公开14表", title: "国有资本经营预算财政拨款支出决算表", aliases: [] },
};

/** "公开06表 一般公共预算财政拨款支出决算表" — how messages name a table. */
export function tableName(id: TableId): string {
  return `${TABLES[id].label}（${TABLES[id].title.replace("三公经费", "“三公”经费")}）`;
}

/** Short form used inside messages: "公开06表". */
export function tableLabel(id: TableId): string {
  return TABLES[id].label;
}

/** Format families (tables.md §4) and the canonical tables each publishes. */
export const FAMILY_TABLES = {
  sichuan14: TABLE_IDS,
  sichuan13: ["T01", "T02", "T03", "T04", "T05", "T06", "T07", "T08", "T09", "T10", "T11", "T13", "T14"],
  /** T13 or T14 is the 9th table, by title; whichever is present counts. */
  central9: ["T01", "T02", "T03", "T04", "T06", "T08", "T10", "T11"],
} as const satisfies Record<string, readonly TableId[]>;

export const FAMILY_NAMES = {
  sichuan14: "四川14表",
  sichuan13: "四川2024年13表",
  central9: "中央/上海9表",
  unknown: "未能识别",
} as const;
