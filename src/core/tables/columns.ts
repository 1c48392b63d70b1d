import type { ColumnRole } from "./model";

/**
 * Header words → column roles (tables.md §2). Short words must equal the whole cell text; longer
 * words match by containment, longest first, so that 项目支出 is never read as 项目.
 */
const CONTAINED: readonly (readonly [string, ColumnRole])[] = (
  [
    ["对附属单位补助支出", "toAffiliated"],
    ["国有资本经营预算财政拨款", "socb"],
    ["政府性基金预算财政拨款", "gfb"],
    ["一般公共预算财政拨款", "gpb"],
    ["附属单位上缴收入", "affiliated"],
    ["年初结转和结余", "opening"],
    ["年初财政拨款结转和结余", "opening"],
    ["年末结转和结余", "closing"],
    ["年末财政拨款结转和结余", "closing"],
    ["本年收入合计", "total"],
    ["本年支出合计", "total"],
    ["国有资本经营预算", "socb"],
    ["政府性基金预算", "gfb"],
    ["一般公共预算", "gpb"],
    ["上级补助收入", "superior"],
    ["上缴上级支出", "toSuperior"],
    ["财政拨款收入", "fiscal"],
    ["功能分类科目编码", "code"],
    ["经济分类科目编码", "code"],
    ["科目编码", "code"],
    ["科目代码", "code"],
    // "功能分类" / "支出功能分类" alone over the code cells; the longer 科目名称 words win for names.
    ["功能分类科目名称", "name"],
    ["经济分类科目名称", "name"],
    ["功能分类", "code"],
    ["经济分类", "code"],
    ["科目名称", "name"],
    ["国有资本经营", "socb"],
    ["事业收入", "business"],
    ["经营收入", "operating"],
    ["其他收入", "other"],
    ["经营支出", "operatingExp"],
    ["基本支出", "basic"],
    ["项目支出", "project"],
    ["政府性基金", "gfb"],
    ["财政拨款", "fiscal"],
    ["本年收入", "income"],
    ["预算数", "budget"],
    ["决算数", "actual"],
    ["行次", "lineNo"],
  ] as const
).slice().sort((a, b) => b[0].length - a[0].length);

const EXACT: Readonly<Record<string, ColumnRole>> = {
  项目: "label",
  合计: "total",
  小计: "total",
  类: "codeClass",
  款: "codeSection",
  项: "codeItem",
  金额: "amount",
  编码: "code",
  名称: "name",
  代码: "code",
  本年支出: "expTotal",
};

/** Role of one header text, or null if it is not a known header word. */
export function roleOfWord(text: string): ColumnRole | null {
  const exact = EXACT[text];
  if (exact) return exact;
  for (const [word, role] of CONTAINED) if (text.includes(word)) return role;
  return null;
}

export type TableShape = "summary" | "coded" | "basic" | "carryOver" | "fundSpending";

/**
 * Role of a column from its whole header path. The leaf decides; the parents refine it:
 * 合计 under 本年支出 is the spending total of T11/T13 (`expTotal`), 类/款/项 are code parts.
 */
export function roleOfPath(path: readonly string[], shape: TableShape): ColumnRole | null {
  const leaf = path[path.length - 1];
  if (leaf === undefined) return null;
  const parents = path.slice(0, -1);
  const underSpending = parents.some((p) => p === "本年支出" || p === "本年支出决算数");
  let role = roleOfWord(leaf);
  if ((role === "total" || role === "expTotal") && underSpending) role = shape === "carryOver" ? "expTotal" : "total";
  if ((role === "basic" || role === "project") && parents.some((p) => /一般公共预算|政府性基金|国有资本经营/.test(p)) && shape === "coded") {
    // A per-fund split (T05 variant): not a table-wide role.
    return null;
  }
  if (role === "total" && shape === "coded") {
    const fund = parents.map(roleOfWord).find((r) => r === "gpb" || r === "gfb" || r === "socb");
    if (fund) return fund;
  }
  if ((role === "actual" || role === "amount") && (shape === "summary" || shape === "basic")) return "amount";
  if (role === "label" && shape !== "summary") return "name";
  if (role === null && parents.length > 0) {
    // e.g. 科目编码 › (blank) or 年初结转和结余 › 合计 — fall back to the nearest parent word.
    for (let i = parents.length - 1; i >= 0; i--) {
      const r = roleOfWord(parents[i]!);
      if (r) return r === "label" && shape !== "summary" ? "name" : r;
    }
  }
  return role;
}
