/**
 * The reader's column roles and 三公 items in Chinese, for text output. JSON keeps the stable
 * English keys (documented in the README); a person reading `juesuan tables` sees 收入·金额, not
 * income.amount.
 */
import { ROLE_ZH, SANGONG_ZH } from "../core/rules/describe";

const NAMES: Readonly<Record<string, string>> = {
  // column roles: the names the rules' messages use (src/core/rules/describe.ts) …
  ...ROLE_ZH,
  // … shortened where the text prints them after their panel ("收入·财政拨款", not "收入·财政拨款收入")
  fiscal: "财政拨款",
  superior: "上级补助",
  affiliated: "附属单位上缴",
  gpb: "一般公共预算",
  gfb: "政府性基金预算",
  socb: "国有资本经营预算",
  income: "收入",
  expTotal: "本年支出",
  // the other columns a table has
  label: "项目",
  lineNo: "行次",
  code: "科目编码",
  codeClass: "类",
  codeSection: "款",
  codeItem: "项",
  name: "科目名称",
  // panels of side-by-side tables
  expenditure: "支出",
  personnel: "人员经费",
  public: "公用经费",
  // 三公 items: the names the rules' messages use
  ...SANGONG_ZH,
};

/** "income.amount" → "收入·金额", "sgTotal.budget" → "“三公”经费合计·预算数"; Chinese parts stay. */
export function roleText(key: string): string {
  return key
    .split(".")
    .map((part) => NAMES[part] ?? part)
    .join("·");
}
