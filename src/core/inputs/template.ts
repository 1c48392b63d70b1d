import type { Workbook } from "../tables/model";
import { ALL_FIELDS, GENERAL_FIELDS, PRIOR_FIELDS, CURRENT_FIELDS, SAN_GONG_FIELDS, OTHER_FIELDS, REASON_FIELDS } from "./fields";

export interface TemplateRow {
  readonly label: string;
  readonly hint: string;
}

/** The header row of the 补充信息 sheet. */
export const TEMPLATE_HEADER = ["项目", "数值", "说明"] as const;

/**
 * Every row of an empty 补充信息 sheet, in reading order (used by `juesuan inputs -o` and the task
 * pane). Given the workbook, one `预算数：<科目编码>` row is added per non-zero 项 of 公开06表 when
 * that table has no 预算数 column, so the accountant sees exactly which budgets are wanted.
 */
export function supplementaryTemplate(workbook?: Workbook): TemplateRow[] {
  const rows: TemplateRow[] = [];
  const push = (fields: typeof ALL_FIELDS) => fields.forEach((f) => rows.push({ label: f.label, hint: f.hint }));
  push(GENERAL_FIELDS);
  push(PRIOR_FIELDS);
  push(CURRENT_FIELDS);
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
  push(SAN_GONG_FIELDS);
  push(OTHER_FIELDS);
  push(REASON_FIELDS);
  return rows;
}
