import type { CodeTable, Workbook } from "../tables/model";
import {
  CURRENT_FIELDS,
  GENERAL_FIELDS,
  OTHER_FIELDS,
  PRIOR_FIELDS,
  REASON_FIELDS,
  SAN_GONG_FIELDS,
  SHANGHAI_CURRENT_FIELDS,
  SHANGHAI_OTHER_FIELDS,
  SHANGHAI_PRIOR_FIELDS,
  SHANGHAI_REASON_FIELDS,
  SHANGHAI_SAN_GONG_FIELDS,
  type InputField,
} from "./fields";

export interface TemplateRow {
  readonly label: string;
  readonly hint: string;
}

/** The header row of the 补充信息 sheet. */
export const TEMPLATE_HEADER = ["项目", "数值", "说明"] as const;

/** The narrative template whose rows are wanted (the same ids as the narrative's templates). */
export type InputsTemplate = "sichuan" | "shanghai";

/**
 * Every row of an empty 补充信息 sheet, in reading order (used by `juesuan inputs -o` and the task
 * pane). `template` picks the rows that template's text uses; given a workbook and no template,
 * the workbook's family decides (9-table → shanghai); given neither, every row is listed.
 * With a workbook, the per-项 rows name the 项 that have spending, so the accountant sees
 * exactly which budgets (and, in the Shanghai template, which purposes) are wanted.
 */
export function supplementaryTemplate(workbook?: Workbook, template?: InputsTemplate): TemplateRow[] {
  const chosen = template ?? (workbook ? (workbook.family === "central9" ? "shanghai" : "sichuan") : undefined);
  const rows: TemplateRow[] = [];
  const push = (fields: readonly InputField[]) =>
    fields.filter((f) => !chosen || !f.only || f.only === chosen).forEach((f) => rows.push({ label: f.label, hint: f.hint }));
  push(GENERAL_FIELDS);
  push(PRIOR_FIELDS);
  push(SHANGHAI_PRIOR_FIELDS);
  push(CURRENT_FIELDS);
  push(SHANGHAI_CURRENT_FIELDS);
  if (chosen === "shanghai") shanghaiItemRows(workbook, rows);
  else sichuanBudgetRows(workbook, rows);
  push(SAN_GONG_FIELDS);
  push(SHANGHAI_SAN_GONG_FIELDS);
  push(OTHER_FIELDS);
  push(SHANGHAI_OTHER_FIELDS);
  push(REASON_FIELDS);
  push(SHANGHAI_REASON_FIELDS);
  return rows;
}

/** One `预算数：<科目编码>` row per non-zero 项 of 公开06表 when that table has no 预算数 column. */
function sichuanBudgetRows(workbook: Workbook | undefined, rows: TemplateRow[]): void {
  const t06 = workbook?.tables.T06;
  const hasBudgetColumn = t06?.columns.some((c) => c.role === "budget") ?? false;
  if (t06 && !hasBudgetColumn) {
    for (const r of t06.rows) {
      if (r.level === "item" && r.code && (r.values.total?.micros ?? 0) !== 0) {
        rows.push({ label: `预算数：${r.code}`, hint: `${r.name}（项）的预算数，万元` });
      }
    }
  } else if (!t06) {
    rows.push({ label: "预算数：2010301", hint: "每个有支出的 7 位科目编码（项）一行，填该项的预算数，万元；公开06表有预算数栏时不必填" });
  }
}

/**
 * The Shanghai 五（三）/八/九 lines per 项 with spending: 年初预算数, 全年预算数 (optional),
 * 主要用于 and 预决算差异原因, for 公开06表 and the two fund tables.
 */
function shanghaiItemRows(workbook: Workbook | undefined, rows: TemplateRow[]): void {
  const tables: [CodeTable | undefined, "total" | "expTotal"][] = [
    [workbook?.tables.T06, "total"],
    [workbook?.tables.T11, "expTotal"],
    [workbook?.tables.T13, "expTotal"],
  ];
  const items = tables.flatMap(([t, role]) => (t?.rows ?? []).filter((r) => r.level === "item" && r.code && (r.values[role]?.micros ?? 0) !== 0));
  const list = items.length > 0 ? items.map((r) => ({ code: r.code!, name: `${r.name}（项）` })) : [{ code: "2010301", name: "每个有支出的项（7 位科目编码）" }];
  for (const { code, name } of list) {
    rows.push({ label: `年初预算数：${code}`, hint: `${name}的年初预算数，万元` });
    rows.push({ label: `全年预算数：${code}`, hint: `${name}的全年预算数（年中追加调整后），万元；无调整可不填` });
    rows.push({ label: `主要用于：${code}`, hint: `${name}的主要用途` });
    rows.push({ label: `预决算差异原因：${code}`, hint: `${name}决算数与预算数不一致的主要原因` });
  }
}

