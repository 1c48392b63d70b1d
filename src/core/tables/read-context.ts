import { parseAmountCell, type Amount, type CellProblem, type Unit } from "../amounts";
import { cellRef, formatRef, type CellRef } from "../cells";
import type { Grid } from "./grid";
import type { HeaderBlock } from "./header";
import type { AnyTable, ColumnInfo, IssueSeverity, LoadIssue, TableNote } from "./model";

/** The TableBase part of every table kind. */
export type TableBaseFields = Omit<AnyTable, "kind" | "income" | "expenditure" | "domain" | "rows" | "total" | "personnel" | "publicFunds" | "basicTotal" | "variant" | "items" | "stats">;
import { normaliseText } from "./normalise";
import type { TableRegion } from "./recognise";
import { tableLabel, type TableId } from "./table-ids";

/** Cheap pre-test before normalising a cell as a possible note or emptiness statement. */
const NOTE_HINT = /注|说明|备注|无|没有|空表|保留/;

/**
 * Wording of the templates' instructions to the preparer (SH-TPL: "无…的，仍保留该表格式，并在本表
 * 下方作下述说明："). Such a line is meant to be replaced by the 说明 it announces; a reader that
 * skipped it would hide a publication defect, so it is kept as a note marked `instruction`.
 */
const INSTRUCTION = /仍保留该表格式|作下述说明|作如下说明|按上述格式|（不涉及的不列）/;

/** Collects a table's amounts and load issues while one reader runs. */
export class ReadContext {
  readonly issues: LoadIssue[] = [];
  readonly amounts: Amount[] = [];
  readonly unit: Unit;

  constructor(
    readonly region: TableRegion,
    readonly header: HeaderBlock,
  ) {
    this.unit = header.unit ?? "万元";
  }

  get grid(): Grid {
    return this.region.grid;
  }

  get id(): TableId {
    return this.region.id;
  }

  ref(row: number, col: number): CellRef {
    return cellRef(this.grid.name, row, col);
  }

  issue(code: string, severity: IssueSeverity, message: string, cells: CellRef[] = []): void {
    this.issues.push({ code, severity, message, cells, table: this.id });
  }

  /** Parses an amount cell; text, error values and hidden decimals become load issues. */
  amount(row: number, col: number): Amount {
    const ref = this.ref(row, col);
    const parsed = parseAmountCell(this.grid.value(row, col), this.grid.format(row, col), this.unit, ref);
    if (parsed.problem) this.reportCellProblem(ref, parsed.problem);
    this.amounts.push(parsed.amount);
    return parsed.amount;
  }

  private reportCellProblem(ref: CellRef, problem: CellProblem): void {
    const where = `${tableLabel(this.id)} ${formatRef(ref)}`;
    if (problem.kind === "text") {
      this.issue("text-in-number", "error", `${where} 应为金额，却是文字“${problem.text}”，按 0 计算。`, [ref]);
    } else if (problem.kind === "error") {
      this.issue("error-value", "error", `${where} 是错误值 ${problem.text}（公式出错），按 0 计算。`, [ref]);
    } else {
      this.issue("hidden-decimals", "warning", `${where} 显示 ${problem.decimals} 位小数，实际存储值为 ${problem.stored}（有隐藏小数），按显示值计算。`, [ref]);
    }
  }

  /** Notes (注：/说明：) and emptiness statements anywhere in the table's rows. */
  collectNotes(fromRow: number): { notes: TableNote[]; emptyStatement: TableNote | null } {
    const notes: TableNote[] = [];
    let emptyStatement: TableNote | null = null;
    for (let r = fromRow; r <= this.region.endRow; r++) {
      for (let c = this.grid.left; c <= this.grid.right; c++) {
        const raw = this.grid.text(r, c);
        if (raw.length < 4 || !NOTE_HINT.test(raw)) continue;
        const t = normaliseText(raw);
        const instruction = INSTRUCTION.test(t);
        const isNote = instruction || /^(注|说明|备注)[：:]/.test(t) || /^注\d?[.．、]/.test(t);
        const isEmpty = !instruction && /故本表无数据|本表为空表|本表无数据|无此项|本单位无.*(收入|支出|收支)|没有.*(收入|支出)/.test(t);
        if (isNote || isEmpty) {
          const note = { text: raw, ref: this.ref(r, c), ...(instruction ? { instruction } : {}) };
          notes.push(note);
          if (isEmpty && !emptyStatement) emptyStatement = note;
          break;
        }
      }
    }
    return { notes, emptyStatement };
  }

  /** The fields every table shares: where it is, its unit line, columns, notes and amounts. */
  base(columns: readonly ColumnInfo[]): TableBaseFields {
    const { notes, emptyStatement } = this.collectNotes(this.header.dataStart);
    const { region, header } = this;
    return {
      id: region.id,
      sheet: this.grid.name,
      title: region.title,
      titleRef: this.ref(region.titleRow, region.titleCol),
      numberLabel: region.numberLabel,
      unit: header.unit,
      unitRef: header.unitRef,
      unitName: header.unitName,
      columns,
      notes,
      emptyStatement,
      amounts: this.amounts,
    };
  }
}

export function isNoteText(text: string): boolean {
  const t = normaliseText(text);
  return /^(注|说明|备注)[：:]/.test(t) || /^注\d?[.．、]/.test(t) || INSTRUCTION.test(t);
}
